"""Fixture portal: Phòng GD&ĐT huyện Yên Thành, an in-house CodeIgniter 3 site (Bootstrap 3 theme).

Why: district education offices often run a site a local developer wrote on CodeIgniter 3 (PHP)
years ago: ``index.php`` sometimes in the URL and sometimes not, CI's Pagination library with
the *offset* in the path, CKEditor 4 content with its own entity habits, and the odd home-made
feature (a print view, a search whose sort links append to the query string, a session id put
into links). Nothing in it is a CMS the crawler could recognise by name.

What it serves (every page rendered per request from the constants below):

- Chrome on every page: a top bar "Hôm nay: Thứ Tư, ngày 25/11/2026" (TODAY) with links to
  "Liên hệ" and "Đăng nhập"; the banner; a Bootstrap 3 navbar whose links are ``site_url()``
  (``/index.php/...``) with a search form; a ``<marquee>`` of the three newest "Thông báo"
  (clean links); a left column (category menu in ``list-group``, login box, the poll "Thăm dò ý
  kiến" with radio buttons, CI's ``csrf_test_name`` field and "Xem kết quả" → ``/binh-chon/
  ket-qua/2``); a right column ("Văn bản mới" with clean ``/van-ban/chi-tiet/N`` links, "Tin mới
  cập nhật" with dates, "Liên kết website" dropdown, banners, the visitor counter "Thống kê truy
  cập"); a footer with the office's address, phone, hotline, "Chịu trách nhiệm chính" and CI's
  "Trang được tạo trong {elapsed_time} giây". Every answer sets a ``ci_session`` cookie.
- Articles at ``/tin-tuc/chi-tiet/<id>/<slug>``; the very same page at ``/index.php/tin-tuc/
  chi-tiet/<id>/<slug>``. Listings, the carousel, the home page's category blocks, search
  results and ``og:url`` use the ``index.php`` form; the sidebars, the marquee, "Tin cùng chuyên
  mục" and breadcrumbs use the clean form. No ``rel=canonical``. The home page's and the
  all-news listing's "Tin xem nhiều" box links three articles with ``?ci_session=<id>``
  appended (a hand-made session pass-through), a third URL of those three.
- Article page: breadcrumb "Trang chủ / Tin tức / <chuyên mục>", a panel with ``h2.news-title``,
  the line "Cập nhật lúc: 08:15 - 12/11/2026 | Lượt xem: 215" with "In bài" / "Gửi email", the
  bold sapo ``p.lead-news`` (outside the content, only when the post has one), the CKEditor 4
  content in ``div.news-content`` (``<p style="text-align:justify">``, Latin-1 letters and
  typographic quotes as named entities — CKEditor's default ``config.entities`` — the rest raw
  UTF-8; images in centred paragraphs with the caption as the next centred ``<em>`` paragraph,
  or after a ``<br />`` in the same paragraph, or an image2 ``figure``/``figcaption``; tables;
  lists; a ``<p>&nbsp;</p>`` spacer; the byline as the last right-aligned paragraph), "Tệp đính
  kèm" (.pdf/.docx), "Từ khóa" (tags linking to the search), share buttons, "Tin cùng chuyên
  mục" (five others of the category, dated). One post was pasted from Word (nested font spans),
  one was typed in decomposed Unicode (NFD content).
- Listings: ``/index.php/tin-tuc`` (all news, 5 a page) and ``/index.php/tin-tuc/danh-muc/<id>/
  <slug>`` (3 a page), CI Pagination with the offset as the last segment (``…/3``, ``…/6``),
  ``num_links = 1`` so "« Đầu" / "Cuối »" appear only when the pages run past the shown digits
  (CI3's own rule), ``data-ci-pagination-page`` and ``rel`` attributes, the active page as
  ``<li class="active"><a href="#">``. "Hoạt động chuyên môn" spans three pages (0/3/6), the
  all-news listing three (0/5/10). Items: ``_thumb`` image, title, date, CI
  ``character_limiter`` excerpt ending in ``&#8230;``. Any offset answers 200 (past the end:
  "Chưa có bài viết nào.").
- Non-articles: ``/gioi-thieu/co-cau-to-chuc``, ``/gioi-thieu/chuc-nang-nhiem-vu``,
  ``/lien-he`` (form with a CI captcha image), ``/tai-khoan/dang-nhap``, ``/van-ban`` (register)
  and ``/van-ban/chi-tiet/<N>`` (Số ký hiệu, Ngày ban hành, Cơ quan ban hành, Loại văn bản,
  Người ký, Trích yếu, "Tải về" a PDF), ``/thu-vien-anh`` and ``/thu-vien-anh/album/<N>``
  (photo grid with captions), ``/binh-chon/ket-qua/2`` (poll results), the print views
  ``/tin-tuc/in/<id>``, the search ``/tim-kiem?q=…`` (tags link to it).
- Unknown routes: CI3's own English "404 Page Not Found" (status 404). ``robots.txt`` disallows
  only ``/application/`` and ``/system/``; there is no sitemap and no feed.

Traps and hard cases:

- The same article under two URLs (``index.php`` or not), plus ``?ci_session=`` for three of
  them; no canonical link says which one is preferred. All are in ``alt_paths``.
- The print view ``/tin-tuc/in/<id>`` (linked as "In bài" from every article) prints the whole
  article — title, date line, sapo, content, byline — without menus, with ``window.print()``
  and an "Địa chỉ bài viết:" line naming the ``index.php`` URL. It is a non-article (a print
  view of an article counted once, at its own URL).
- The search's sort links are built by appending ``&sort=asc`` / ``&sort=desc`` to the current
  query string, so every click makes a new, longer URL that answers 200 (``?q=x&sort=desc&
  sort=asc&sort=desc…``): endless. Search paging uses CI's ``page_query_string`` whose offset
  parameter is named ``per_page`` (``&per_page=5`` is an offset, not a page size).
- Soft 404: an article links a deleted post (``/tin-tuc/chi-tiet/188/…``); the controller
  answers 200 with the layout and "Bài viết không tồn tại hoặc đã bị xóa!". Any unknown id does.
- Listing offsets that are no multiple of the page size, or past the end, answer 200.

Gold (by hand, what a careful reader takes from the article page):

- path: the clean form; alt_paths: the ``index.php`` form (and the ``?ci_session=`` form for
  the three posts the "Tin xem nhiều" box links). Category: the breadcrumb's last link.
- title: ``h2.news-title``. published_at: the "Cập nhật lúc" line (the only date on the page)
  with +07:00; the imported result notice (id 287) prints "00:00 - 09/10/2026", read as a date
  without a time.
- summary: the ``p.lead-news`` sapo, also the body's first paragraph; posts without one have
  ``summary`` None. Body: the sapo then the content's paragraphs in order; sub-headings
  ("1. Tiêu chuẩn") and list items are paragraphs; a table row is one paragraph, cells joined by
  " | " (the header row included); link text stays in its paragraph (the link to the deleted
  post included). Captions, the ``&nbsp;`` spacer, the byline, attachments, tags, tools and
  lists are not body.
- Bylines: "Phòng GD&ĐT" (the office signs) → authors ["Phòng GD&ĐT"]; "Nguyễn Thị Hoa -
  Trường TH Hoa Thành" → authors ["Nguyễn Thị Hoa"] (the part after " - " is her school, not a
  second author); "Tin, ảnh: X" → X in authors and photographers; "Bài: X - Ảnh: Y" → X author,
  Y photographer; "Nguồn: Báo Nghệ An" / "Nguồn: Trường THCS Bắc Thành" → source, no author.
  Notices carry no byline: empty lists.
- Images: every ``<img>`` of the content in order, path as printed; caption = the line under it
  as printed (the ``figcaption``, the ``<em>`` after ``<br />``, the next centred ``<em>``
  paragraph); "Quang cảnh hội nghị. Ảnh: Hồng Nhung" is kept whole as the caption and also
  gives Hồng Nhung as photographer. Images with no line under them have caption None.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime
from html.entities import codepoint2name
from urllib.parse import parse_qsl, quote, quote_plus

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "codeigniter_pgd"
PLATFORM = "codeigniter3"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Yên Thành"
SHORT = "Phòng GD&ĐT Yên Thành"
ADDRESS = "Khối 2, thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An"
PHONE = "0238 3 863 215"
HOTLINE = "0915 246 810"
EMAIL = "pgdyenthanh@nghean.edu.vn"
IMG = "/uploads/images/2026"
FILES = "/uploads/files/2026"
CAT_PER_PAGE = 3
NEWS_PER_PAGE = 5
SEARCH_PER_PAGE = 5
NUM_LINKS = 1
SESSION = "5d1e8c0a7b3f4e96a2c4d8f01b6e3a79"
CSRF = "c7a41e09d3b85f2e6a10d4c97b2f58e3"

#: category id -> (uri slug, printed name)
CATS: dict[int, tuple[str, str]] = {
    3: ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
    5: ("tin-tuc-su-kien", "Tin tức - Sự kiện"),
    8: ("thong-bao", "Thông báo"),
}
_CAT_ID = {slug: cid for cid, (slug, _) in CATS.items()}

_HOAT_DONG = "hoat-dong-chuyen-mon"
_SU_KIEN = "tin-tuc-su-kien"
_THONG_BAO = "thong-bao"

_DEAD = "/tin-tuc/chi-tiet/188/trao-qua-cho-hoc-sinh-vung-lu-nam-hoc-2025-2026"

# Story.opts: at ("YYYY-MM-DD HH:MM", the stored update time the date line prints), tags,
# attach [(href, name, size)], word (pasted from Word: nested font spans), nfd (content typed in
# decomposed Unicode).
# Img styles: next (caption = next centred <em> paragraph), br (caption after <br /> in the same
# paragraph), figure (CKEditor image2 figure/figcaption), none (no line).
# P styles: "" (justified paragraph), h (bold sub-heading), li, th/tr (table rows, cells " | "),
# "a|href|phrase" (phrase linked).
STORIES: list[Story] = [
    Story(
        id=315,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027-cap-thcs",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 cấp THCS",
        cat=_THONG_BAO,
        published_at="2026-11-24T07:30:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch số 215/KH-PGDĐT ngày 05/9/2026 của Phòng GD&ĐT về thực hiện nhiệm"
                " vụ năm học 2026 - 2027, Phòng GD&ĐT thông báo lịch kiểm tra cuối học kỳ I cấp THCS"
                " như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("22/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("22/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("23/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("23/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "tr"),
            P(
                "Các môn còn lại do nhà trường chủ động bố trí lịch kiểm tra, hoàn thành trước ngày"
                " 26/12/2026."
            ),
            P(
                "Đề kiểm tra các môn Ngữ văn, Toán, Tiếng Anh do Phòng GD&ĐT ra chung; hiệu trưởng"
                " các trường cử cán bộ nhận đề tại Phòng GD&ĐT vào 7 giờ 00 phút ngày 21/12/2026."
            ),
            P("Đề nghị hiệu trưởng các trường THCS triển khai thực hiện nghiêm túc."),
        ],
        opts={
            "at": "2026-11-24 07:30",
            "tags": ["kiểm tra học kỳ"],
            "attach": [
                (
                    f"{FILES}/11/lich-kiem-tra-cuoi-hk1-thcs-2026-2027.pdf",
                    "Lich-kiem-tra-cuoi-HKI-THCS.pdf",
                    "186 KB",
                )
            ],
        },
    ),
    Story(
        id=314,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-tuyen-duong-68-nha-giao-tieu-bieu",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam: tuyên dương 68 nhà giáo tiêu biểu",
        cat=_SU_KIEN,
        published_at="2026-11-23T10:15:00+07:00",
        summary=(
            "Sáng 19/11/2026, Phòng GD&ĐT huyện Yên Thành tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo"
            " Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương 68 nhà giáo tiêu biểu năm học"
            " 2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có lãnh đạo Huyện ủy, HĐND, UBND huyện; đại diện các phòng, ban, ngành,"
                " đoàn thể cấp huyện cùng hơn 300 cán bộ quản lý, giáo viên, nhân viên đại diện cho"
                " các trường mầm non, tiểu học và THCS trên địa bàn."
            ),
            Img(
                f"{IMG}/11/ky-niem-20-11-01.jpg",
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "next",
            ),
            P(
                "Năm học 2025 - 2026, ngành Giáo dục huyện có 12 học sinh đạt giải cấp tỉnh các môn"
                " văn hóa lớp 9, 3 học sinh đạt giải Cuộc thi Khoa học kỹ thuật cấp tỉnh; tỷ lệ"
                " trường đạt chuẩn quốc gia đạt 92,4%. Đội ngũ nhà giáo không ngừng học tập, đổi mới"
                " phương pháp, đáp ứng yêu cầu của Chương trình giáo dục phổ thông 2018."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND huyện ghi nhận những đóng góp của"
                " đội ngũ nhà giáo và đề nghị ngành tiếp tục nâng cao chất lượng giáo dục toàn diện,"
                " quan tâm đến học sinh có hoàn cảnh khó khăn, học sinh vùng thường xuyên bị ngập lụt."
            ),
            Img(
                f"{IMG}/11/ky-niem-20-11-02.jpg",
                "Đồng chí Phó Chủ tịch UBND huyện trao Giấy khen cho các nhà giáo tiêu biểu",
                "Đồng chí Phó Chủ tịch UBND huyện trao Giấy khen cho các nhà giáo tiêu biểu",
                "next",
            ),
            Img(f"{IMG}/11/ky-niem-20-11-03.jpg", None, None, "none"),
            P(
                "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 68 nhà giáo có thành tích xuất sắc"
                " trong công tác giảng dạy, giáo dục học sinh năm học 2025 - 2026."
            ),
            Raw("<p>&nbsp;</p>"),
            Raw('<p style="text-align:right"><strong>Tin, ảnh: Hồ Sỹ Thắng</strong></p>'),
        ],
        authors=["Hồ Sỹ Thắng"],
        photographers=["Hồ Sỹ Thắng"],
        opts={"at": "2026-11-23 10:15", "tags": ["20/11", "nhà giáo tiêu biểu"]},
    ),
    Story(
        id=312,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027",
        cat=_HOAT_DONG,
        published_at="2026-11-20T16:40:00+07:00",
        summary=(
            "Từ ngày 16 đến 20/11/2026, Phòng GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp huyện"
            " bậc THCS với 94 giáo viên đến từ 34 trường tham gia."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm phát hiện, tuyên dương và tạo điều kiện để giáo viên có năng lực chuyên"
                " môn tốt chia sẻ kinh nghiệm, lan tỏa các phương pháp dạy học tích cực theo định"
                " hướng phát triển phẩm chất, năng lực học sinh."
            ),
            P(
                "Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng"
                " giảng dạy bộ môn và thực hành dạy hai tiết, trong đó có một tiết do Ban Tổ chức bốc"
                " thăm chọn bài trước 24 giờ."
            ),
            Img(
                f"{IMG}/11/hoi-thi-gvdg-thcs-01.jpg",
                "Cô giáo Nguyễn Thị Mai, Trường THCS Lý Tự Trọng, trong tiết dạy môn Toán lớp 8",
                "Cô giáo Nguyễn Thị Mai, Trường THCS Lý Tự Trọng, trong tiết dạy môn Toán lớp 8",
                "next",
            ),
            P(
                "Năm nay, lần đầu tiên Hội thi đưa môn Tin học và môn Khoa học tự nhiên vào nội dung"
                " thi; các tiết dạy được khuyến khích sử dụng học liệu số, phần mềm mô phỏng và trình"
                " chiếu tương tác."
            ),
            Img(
                f"{IMG}/11/hoi-thi-gvdg-thcs-02.jpg",
                "Ban Giám khảo góp ý sau tiết dạy",
                "Ban Giám khảo góp ý sau tiết dạy",
                "next",
            ),
            P(
                "Kết quả Hội thi sẽ được công bố tại Lễ tổng kết dự kiến tổ chức vào ngày 25/11/2026."
            ),
            Raw('<p style="text-align:right"><strong>Phòng GD&amp;ĐT</strong></p>'),
        ],
        authors=["Phòng GD&ĐT"],
        opts={
            "at": "2026-11-20 16:40",
            "tags": ["giáo viên dạy giỏi"],
            "attach": [
                (
                    f"{FILES}/11/ke-hoach-hoi-thi-gvdg-thcs-2026.pdf",
                    "Ke-hoach-hoi-thi-GVDG-THCS.pdf",
                    "312 KB",
                ),
                (
                    f"{FILES}/11/danh-sach-giao-vien-du-thi.docx",
                    "Danh-sach-giao-vien-du-thi.docx",
                    "58 KB",
                ),
            ],
        },
    ),
    Story(
        id=309,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-doc-hieu-cho-hoc-sinh-lop-4-tai-truong-th-hoa-thanh",
        title=(
            "Chuyên đề “Dạy học phát triển năng lực đọc hiểu cho học sinh lớp 4” tại Trường TH Hoa"
            " Thành"
        ),
        cat=_HOAT_DONG,
        published_at="2026-11-17T09:05:00+07:00",
        summary=(
            "Ngày 14/11/2026, Trường Tiểu học Hoa Thành tổ chức chuyên đề cấp cụm về dạy học phát"
            " triển năng lực đọc hiểu cho học sinh lớp 4, thu hút hơn 60 giáo viên của 8 trường"
            " trong cụm tham dự."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại chuyên đề, cô giáo Phan Thị Thúy dạy minh họa bài đọc “Nhà phát minh 6 tuổi”"
                " (sách Tiếng Việt 4, bộ Kết nối tri thức với cuộc sống). Tiết dạy được thiết kế theo"
                " các hoạt động khởi động, khám phá, luyện tập và vận dụng; học sinh được làm việc"
                " nhóm, đặt câu hỏi cho nhau và liên hệ bài đọc với trải nghiệm của bản thân."
            ),
            Img(
                f"{IMG}/11/chuyen-de-doc-hieu-lop-4-01.jpg",
                "Học sinh lớp 4A trao đổi nhóm trong tiết dạy minh họa",
                "Học sinh lớp 4A trao đổi nhóm trong tiết dạy minh họa",
                "br",
            ),
            P(
                "Sau tiết dạy, các đại biểu thảo luận về cách đặt câu hỏi đọc hiểu theo ba mức độ:"
                " nhận biết, hiểu và vận dụng; cách hướng dẫn học sinh đọc mở rộng ở thư viện lớp học"
                " và ở nhà."
            ),
            P(
                "Chuyên đề giúp giáo viên trong cụm thống nhất cách tổ chức dạy học môn Tiếng Việt"
                " theo hướng phát triển năng lực, góp phần nâng cao chất lượng đọc hiểu của học sinh"
                " cuối cấp tiểu học."
            ),
            Img(f"{IMG}/11/chuyen-de-doc-hieu-lop-4-02.jpg", None, None, "none"),
            Raw(
                '<p style="text-align:right"><em><strong><span style="font-size:14px;">Nguyễn Thị'
                " Hoa - Trường TH Hoa Thành</span></strong></em></p>"
            ),
        ],
        authors=["Nguyễn Thị Hoa"],
        opts={"at": "2026-11-17 09:05", "tags": ["chuyên đề", "tiểu học"], "word": True},
    ),
    Story(
        id=307,
        slug="thong-bao-tuyen-chon-giao-vien-tham-gia-bien-soan-tai-lieu-giao-duc-dia-phuong",
        title="Thông báo tuyển chọn giáo viên tham gia biên soạn tài liệu giáo dục địa phương",
        cat=_THONG_BAO,
        published_at="2026-11-13T15:10:00+07:00",
        blocks=[
            P(
                "Thực hiện Công văn số 1864/SGDĐT-GDPT của Sở GD&ĐT Nghệ An về việc chỉnh sửa, bổ sung"
                " tài liệu giáo dục địa phương, Phòng GD&ĐT thông báo tuyển chọn giáo viên tham gia"
                " nhóm biên soạn với các nội dung sau:"
            ),
            P("1. Tiêu chuẩn", "h"),
            P(
                "Giáo viên đang giảng dạy các môn Lịch sử và Địa lí, Ngữ văn, Giáo dục công dân ở cấp"
                " THCS hoặc giáo viên lớp 4, lớp 5;",
                "li",
            ),
            P(
                "Có ít nhất 5 năm kinh nghiệm giảng dạy, đạt danh hiệu giáo viên dạy giỏi cấp huyện"
                " trở lên;",
                "li",
            ),
            P("Am hiểu về lịch sử, văn hóa, con người huyện Yên Thành.", "li"),
            P("2. Hồ sơ và thời hạn đăng ký", "h"),
            P(
                "Giáo viên đăng ký theo mẫu đính kèm, có xác nhận của hiệu trưởng, gửi về Phòng GD&ĐT"
                " (qua bộ phận Giáo dục phổ thông) trước ngày 30/11/2026."
            ),
        ],
        opts={
            "at": "2026-11-13 15:10",
            "tags": ["giáo dục địa phương"],
            "attach": [
                (
                    f"{FILES}/11/mau-dang-ky-bien-soan-tai-lieu-gddp.docx",
                    "Mau-dang-ky.docx",
                    "24 KB",
                )
            ],
        },
    ),
    Story(
        id=305,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-soan-giang-cho-can-bo-quan-ly-giao-vien",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho cán bộ quản lý, giáo viên",
        cat=_HOAT_DONG,
        published_at="2026-11-10T14:20:00+07:00",
        summary=(
            "Trong hai ngày 08 và 09/11/2026, Phòng GD&ĐT tổ chức tập huấn ứng dụng trí tuệ nhân"
            " tạo (AI) trong soạn giảng cho 180 cán bộ quản lý, giáo viên cốt cán các cấp học."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Báo cáo viên là các giảng viên Trường Đại học Vinh. Học viên được hướng dẫn sử dụng"
                " một số công cụ AI để xây dựng kế hoạch bài dạy, thiết kế phiếu học tập, tạo câu hỏi"
                " trắc nghiệm và minh họa bài giảng; đồng thời được lưu ý về bảo mật dữ liệu, bản"
                " quyền và đạo đức khi sử dụng AI trong trường học."
            ),
            Img(
                f"{IMG}/11/tap-huan-ai-01.jpg",
                "Giảng viên Trường Đại học Vinh hướng dẫn học viên thực hành",
                "Giảng viên Trường Đại học Vinh hướng dẫn học viên thực hành",
                "figure",
            ),
            P(
                "Phần thực hành được tổ chức theo nhóm môn học; mỗi nhóm hoàn thiện một kế hoạch bài"
                " dạy có sử dụng công cụ AI và trình bày trước lớp để các nhóm khác góp ý."
            ),
            P(
                "Sau tập huấn, giáo viên cốt cán có trách nhiệm tập huấn lại cho giáo viên tại đơn vị"
                " trước ngày 30/11/2026."
            ),
            Raw('<p style="text-align:right"><strong>Tin, ảnh: Trần Văn Minh</strong></p>'),
        ],
        authors=["Trần Văn Minh"],
        photographers=["Trần Văn Minh"],
        opts={"at": "2026-11-10 14:20", "tags": ["chuyển đổi số"]},
    ),
    Story(
        id=303,
        slug="truong-thcs-bac-thanh-to-chuc-ngay-hoi-doc-sach-sach-nhip-cau-tri-thuc",
        title="Trường THCS Bắc Thành tổ chức Ngày hội đọc sách “Sách - Nhịp cầu tri thức”",
        cat=_SU_KIEN,
        published_at="2026-11-07T16:00:00+07:00",
        summary=(
            "Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, chiều 06/11/2026, Trường"
            " THCS Bắc Thành tổ chức Ngày hội đọc sách với chủ đề “Sách - Nhịp cầu tri thức”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày hội gồm nhiều hoạt động: trưng bày sách theo chủ đề, thi giới thiệu sách, vẽ"
                " tranh theo nội dung cuốn sách yêu thích và trao đổi sách cũ. Mỗi lớp dựng một gian"
                " sách do học sinh tự trang trí."
            ),
            Img(
                f"{IMG}/11/ngay-hoi-doc-sach-bac-thanh-01.jpg",
                "Học sinh tham quan các gian trưng bày sách",
                "Học sinh tham quan các gian trưng bày sách",
                "next",
            ),
            P(
                "Ở phần thi giới thiệu sách, em Hoàng Minh Anh (lớp 8B) giành giải Nhất với bài giới"
                " thiệu cuốn “Dế Mèn phiêu lưu ký” của nhà văn Tô Hoài. Nhiều học sinh mang sách từ"
                " nhà đến để trao đổi, tặng thư viện nhà trường."
            ),
            Img(
                f"{IMG}/11/ngay-hoi-doc-sach-bac-thanh-02.jpg",
                "Phần thi giới thiệu sách của học sinh khối 8",
                "Phần thi giới thiệu sách của học sinh khối 8",
                "next",
            ),
            P(
                "Kết thúc ngày hội, thư viện nhà trường nhận thêm hơn 350 cuốn sách do học sinh, phụ"
                " huynh ủng hộ."
            ),
            Raw('<p style="text-align:right"><em>Nguồn: Trường THCS Bắc Thành</em></p>'),
        ],
        source="Trường THCS Bắc Thành",
        opts={"at": "2026-11-07 16:00", "tags": ["thư viện", "văn hóa đọc"]},
    ),
    Story(
        id=301,
        slug="kiem-tra-cong-nhan-thu-vien-truong-hoc-dat-chuan-nam-2026",
        title="Kiểm tra công nhận thư viện trường học đạt chuẩn năm 2026",
        cat=_HOAT_DONG,
        published_at="2026-11-04T10:30:00+07:00",
        blocks=[
            P(
                "Từ ngày 28/10 đến 02/11/2026, đoàn kiểm tra của Phòng GD&ĐT đã kiểm tra công nhận"
                " thư viện đạt chuẩn theo Thông tư số 16/2022/TT-BGDĐT tại 4 trường tiểu học và THCS."
            ),
            P(
                "Đoàn đã kiểm tra cơ sở vật chất, vốn tài liệu, hồ sơ quản lý và việc tổ chức các hoạt"
                " động thư viện gắn với dạy học. Kết quả như sau:"
            ),
            P("TT | Đơn vị | Kết quả", "th"),
            P("1 | Trường TH Tăng Thành A | Thư viện đạt chuẩn mức độ 2", "tr"),
            P("2 | Trường TH Công Thành | Thư viện đạt chuẩn mức độ 1", "tr"),
            P("3 | Trường THCS Bắc Thành | Thư viện đạt chuẩn mức độ 2", "tr"),
            P("4 | Trường THCS Phan Đăng Lưu | Thư viện đạt chuẩn mức độ 1", "tr"),
            P(
                "Với các hạng mục chưa hoàn thiện, đoàn kiểm tra đề nghị các đơn vị bổ sung hồ sơ"
                " trước ngày 20/11/2026 để được kiểm tra lại."
            ),
        ],
        opts={"at": "2026-11-04 10:30", "tags": ["thư viện"]},
    ),
    Story(
        id=299,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-de-phong-chong-bao-so-9",
        title="Thông báo cho học sinh nghỉ học để phòng, chống bão số 9",
        cat=_THONG_BAO,
        published_at="2026-10-30T08:00:00+07:00",
        summary=(
            "Để bảo đảm an toàn cho học sinh, Phòng GD&ĐT thông báo cho học sinh mầm non, tiểu học"
            " và THCS toàn huyện nghỉ học ngày 31/10/2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Thực hiện Công điện số 12/CĐ-UBND ngày 29/10/2026 của UBND huyện về việc chủ động ứng"
                " phó với bão số 9, Phòng GD&ĐT yêu cầu các trường:"
            ),
            P("Thông báo kịp thời đến cha mẹ học sinh về việc cho học sinh nghỉ học;", "li"),
            P(
                "Kê cao thiết bị, tài liệu; chằng chống phòng học, nhà đa năng, cắt tỉa cây xanh trong"
                " khuôn viên trường;",
                "li",
            ),
            P(
                "Phân công lực lượng trực 24/24 giờ, báo cáo tình hình thiệt hại (nếu có) về Phòng"
                " GD&ĐT trước 16 giờ 00 ngày 01/11/2026.",
                "li",
            ),
            P("Thời gian học sinh đi học trở lại sẽ có thông báo sau."),
        ],
        opts={"at": "2026-10-30 08:00", "tags": ["phòng chống thiên tai"]},
    ),
    Story(
        id=296,
        slug="sinh-hoat-chuyen-mon-cum-truong-thcs-so-2-doi-moi-kiem-tra-danh-gia-mon-ngu-van",
        title="Sinh hoạt chuyên môn cụm trường THCS số 2: đổi mới kiểm tra, đánh giá môn Ngữ văn",
        cat=_HOAT_DONG,
        published_at="2026-10-27T15:00:00+07:00",
        summary=(
            "Ngày 24/10/2026, tại Trường THCS Phan Đăng Lưu, cụm trường THCS số 2 tổ chức sinh hoạt"
            " chuyên môn môn Ngữ văn với chủ đề đổi mới kiểm tra, đánh giá theo định hướng phát"
            " triển năng lực."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Buổi sinh hoạt tập trung vào cách xây dựng ma trận, bản đặc tả và đề kiểm tra định kì"
                " môn Ngữ văn sử dụng ngữ liệu ngoài sách giáo khoa, theo hướng dẫn của Bộ GD&ĐT. Giáo"
                " viên các trường trong cụm đã trình bày đề minh họa và phân tích những khó khăn khi"
                " lựa chọn ngữ liệu phù hợp với học sinh."
            ),
            Img(
                f"{IMG}/10/sinh-hoat-cum-ngu-van-01.jpg",
                "Thầy giáo Đặng Quốc Việt trình bày đề kiểm tra minh họa",
                "Thầy giáo Đặng Quốc Việt trình bày đề kiểm tra minh họa",
                "next",
            ),
            P(
                "Các ý kiến thống nhất: ngữ liệu cần bảo đảm chuẩn mực về ngôn ngữ, phù hợp lứa tuổi;"
                " câu hỏi đọc hiểu phải đánh giá được kỹ năng đọc của học sinh chứ không chỉ ghi nhớ"
                " kiến thức; phần viết cần có hướng dẫn chấm cụ thể, khuyến khích sự sáng tạo."
            ),
            P(
                "Cụm trường thống nhất xây dựng ngân hàng ngữ liệu dùng chung, mỗi trường phụ trách"
                " một khối lớp, hoàn thành trong học kỳ I."
            ),
            Raw(
                '<p style="text-align:right"><strong>Bài: Lê Thị Thu Trang - Ảnh: Phan Văn Đức</strong></p>'
            ),
        ],
        authors=["Lê Thị Thu Trang"],
        photographers=["Phan Văn Đức"],
        opts={"at": "2026-10-27 15:00", "tags": ["sinh hoạt chuyên môn", "Ngữ văn"], "nfd": True},
    ),
    Story(
        id=293,
        slug="trao-120-suat-qua-cho-hoc-sinh-co-hoan-canh-kho-khan-vung-bi-anh-huong-lu-lut",
        title="Trao 120 suất quà cho học sinh có hoàn cảnh khó khăn vùng bị ảnh hưởng lũ lụt",
        cat=_SU_KIEN,
        published_at="2026-10-23T09:45:00+07:00",
        summary=(
            "Ngày 21/10/2026, Phòng GD&ĐT phối hợp với Hội Khuyến học huyện trao 120 suất quà cho"
            " học sinh có hoàn cảnh khó khăn tại các xã bị ảnh hưởng bởi đợt lũ cuối tháng 9."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi suất quà gồm 500.000 đồng tiền mặt, một bộ sách giáo khoa và 10 cuốn vở, tổng trị"
                " giá hơn 90 triệu đồng, do cán bộ, giáo viên toàn ngành và các nhà hảo tâm đóng góp."
            ),
            Img(
                f"{IMG}/10/trao-qua-hoc-sinh-vung-lu-01.jpg",
                "Đại diện Phòng GD&ĐT và Hội Khuyến học huyện trao quà cho học sinh xã Hậu Thành",
                "Đại diện Phòng GD&ĐT và Hội Khuyến học huyện trao quà cho học sinh xã Hậu Thành",
                "next",
            ),
            P(
                "Đây là năm thứ hai liên tiếp ngành Giáo dục huyện tổ chức chương trình (xem tin năm"
                " trước: Trao quà cho học sinh vùng lũ năm học 2025 - 2026). Thông qua chương trình,"
                " ngành mong muốn động viên các em vượt qua khó khăn, yên tâm đến trường.",
                f"a|{_DEAD}|Trao quà cho học sinh vùng lũ năm học 2025 - 2026",
            ),
            Raw('<p style="text-align:right"><strong>Phòng GD&amp;ĐT</strong></p>'),
        ],
        authors=["Phòng GD&ĐT"],
        opts={"at": "2026-10-23 09:45", "tags": ["khuyến học"]},
    ),
    Story(
        id=290,
        slug="hoi-nghi-trien-khai-nhiem-vu-giao-duc-mam-non-nam-hoc-2026-2027",
        title="Hội nghị triển khai nhiệm vụ giáo dục mầm non năm học 2026 - 2027",
        cat=_HOAT_DONG,
        published_at="2026-10-19T14:30:00+07:00",
        summary=(
            "Chiều 16/10/2026, Phòng GD&ĐT huyện Yên Thành tổ chức hội nghị triển khai nhiệm vụ giáo"
            " dục mầm non năm học 2026 - 2027 cho hiệu trưởng, phó hiệu trưởng 40 trường mầm non"
            " trên địa bàn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2025 - 2026, toàn huyện huy động 98,2% trẻ mẫu giáo ra lớp; 100% trẻ 5 tuổi"
                " hoàn thành Chương trình giáo dục mầm non; tỷ lệ trẻ suy dinh dưỡng thể thấp còi giảm"
                " còn 4,1%. Huyện có thêm 3 trường mầm non được công nhận đạt chuẩn quốc gia mức độ 2."
            ),
            Img(
                f"{IMG}/10/hoi-nghi-mam-non-01.jpg",
                "Quang cảnh hội nghị. Ảnh: Hồng Nhung",
                "Quang cảnh hội nghị. Ảnh: Hồng Nhung",
                "next",
            ),
            P(
                "Năm học 2026 - 2027, ngành tập trung thực hiện chương trình giáo dục mầm non mới, bảo"
                " đảm an toàn tuyệt đối cho trẻ, đẩy mạnh chuyển đổi số trong quản lý và chăm sóc,"
                " giáo dục trẻ."
            ),
            P(
                "Hội nghị cũng dành thời gian để các trường chia sẻ kinh nghiệm xây dựng môi trường"
                " giáo dục “lấy trẻ làm trung tâm” và tổ chức bữa ăn bán trú bảo đảm dinh dưỡng."
            ),
            Raw('<p style="text-align:right"><em>Nguồn: Báo Nghệ An</em></p>'),
        ],
        photographers=["Hồng Nhung"],
        source="Báo Nghệ An",
        opts={"at": "2026-10-19 14:30", "tags": ["mầm non"]},
    ),
    Story(
        id=287,
        slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen-nam-hoc-2026-2027",
        title="Kết quả kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
        cat=_HOAT_DONG,
        published_at="2026-10-09",
        blocks=[
            P(
                "Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027 được tổ chức ngày"
                " 04/10/2026 với 612 thí sinh dự thi 9 môn văn hóa."
            ),
            P(
                "Kết quả có 287 thí sinh đạt giải, trong đó: 21 giải Nhất, 56 giải Nhì, 98 giải Ba và"
                " 112 giải Khuyến khích. Các trường có kết quả cao: THCS Phan Đăng Lưu, THCS Lý Tự"
                " Trọng, THCS Bắc Thành."
            ),
            P("Danh sách thí sinh đạt giải và điểm thi chi tiết xem trong tệp đính kèm."),
        ],
        opts={
            "at": "2026-10-09 00:00",
            "tags": ["học sinh giỏi"],
            "attach": [
                (
                    f"{FILES}/10/ket-qua-thi-hsg-lop-9-2026-2027.pdf",
                    "Ket-qua-thi-HSG-lop-9.pdf",
                    "420 KB",
                ),
                (
                    f"{FILES}/10/quyet-dinh-cong-nhan-giai-hsg-lop-9.docx",
                    "Quyet-dinh-cong-nhan-giai.docx",
                    "37 KB",
                ),
            ],
        },
    ),
]

_BY_ID = {s.id: s for s in STORIES}
#: the "Tin xem nhiều" box: the three most viewed posts
POPULAR: tuple[int, ...] = tuple(s.id for s in sorted(STORIES, key=lambda s: -s.views())[:3])


def _when(s: Story) -> datetime:
    return datetime.strptime(s.opts["at"], "%Y-%m-%d %H:%M")


NEWEST: list[Story] = sorted(STORIES, key=_when, reverse=True)


def in_cat(slug: str) -> list[Story]:
    return [s for s in NEWEST if s.cat == slug]


def article_path(s: Story) -> str:
    return f"/tin-tuc/chi-tiet/{s.id}/{s.slug}"


def site_path(s: Story) -> str:
    """The ``site_url()`` form of an article: with ``index.php``."""
    return "/index.php" + article_path(s)


def cat_path(slug: str, *, index: bool = True) -> str:
    return ("/index.php" if index else "") + f"/tin-tuc/danh-muc/{_CAT_ID[slug]}/{slug}"


def _pages(total: int, per: int) -> int:
    return max(1, -(-total // per))


def _alts(s: Story) -> list[str]:
    out = [site_path(s)]
    if s.id in POPULAR:
        out.append(f"{article_path(s)}?ci_session={SESSION}")
    return out


GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[_CAT_ID[s.cat]][1], alt_paths=_alts(s)) for s in NEWEST
]


# --- documents, albums, poll, static pages --------------------------------------------------

#: id -> (số ký hiệu, ngày ban hành, cơ quan, loại, người ký, trích yếu, file)
DOCS: dict[int, tuple[str, str, str, str, str, str, str]] = {
    46: ("1203/PGDĐT-THCS", "18/11/2026", "Phòng GD&ĐT Yên Thành", "Công văn", "Nguyễn Đình Tuấn",
         "V/v tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027 cấp THCS",
         "/uploads/vanban/2026/1203-pgddt-thcs.pdf"),
    44: ("1150/PGDĐT-GDTH", "02/11/2026", "Phòng GD&ĐT Yên Thành", "Công văn", "Hồ Thị Thanh Hương",
         "V/v hướng dẫn tổ chức chuyên đề cấp cụm bậc tiểu học học kỳ I",
         "/uploads/vanban/2026/1150-pgddt-gdth.pdf"),
    42: ("12/CĐ-UBND", "29/10/2026", "UBND huyện Yên Thành", "Công điện", "Phan Văn Hậu",
         "Về việc chủ động ứng phó với bão số 9",
         "/uploads/vanban/2026/12-cd-ubnd.pdf"),
    43: ("1098/QĐ-PGDĐT", "20/10/2026", "Phòng GD&ĐT Yên Thành", "Quyết định", "Nguyễn Đình Tuấn",
         "Quyết định thành lập Ban Tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học"
         " 2026 - 2027",
         "/uploads/vanban/2026/1098-qd-pgddt.pdf"),
    41: ("1864/SGDĐT-GDPT", "15/10/2026", "Sở GD&ĐT Nghệ An", "Công văn", "Thái Văn Thành",
         "V/v chỉnh sửa, bổ sung tài liệu giáo dục địa phương",
         "/uploads/vanban/2026/1864-sgddt-gdpt.pdf"),
    45: ("215/KH-PGDĐT", "05/09/2026", "Phòng GD&ĐT Yên Thành", "Kế hoạch", "Nguyễn Đình Tuấn",
         "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027",
         "/uploads/vanban/2026/215-kh-pgddt.pdf"),
}  # fmt: skip

#: album id -> (title, date, [(file, caption)])
ALBUMS: dict[int, tuple[str, str, list[tuple[str, str]]]] = {
    7: ("Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026", "19/11/2026", [
        ("01.jpg", "Văn nghệ chào mừng của học sinh Trường TH Tăng Thành A"),
        ("02.jpg", "Các đại biểu dự buổi lễ"),
        ("03.jpg", "Trao Giấy khen cho các nhà giáo tiêu biểu"),
        ("04.jpg", "Các nhà giáo tiêu biểu chụp ảnh lưu niệm"),
        ("05.jpg", "Tặng hoa các nhà giáo đã nghỉ hưu"),
        ("06.jpg", "Toàn cảnh buổi lễ"),
    ]),
    6: ("Hội khỏe Phù Đổng cấp huyện năm 2026", "10/10/2026", [
        ("01.jpg", "Lễ diễu hành khai mạc Hội khỏe"),
        ("02.jpg", "Môn kéo co nam nữ phối hợp bậc THCS"),
        ("03.jpg", "Môn cờ vua bậc tiểu học"),
        ("04.jpg", "Trao giải cho các vận động viên"),
    ]),
}  # fmt: skip

POLL_QUESTION = "Bạn thấy thông tin trên website của Phòng GD&ĐT có hữu ích không?"
POLL: list[tuple[str, int]] = [
    ("Rất hữu ích", 642),
    ("Hữu ích", 418),
    ("Bình thường", 131),
    ("Chưa hữu ích", 57),
]

PAGES: dict[str, tuple[str, str]] = {
    "co-cau-to-chuc": ("Cơ cấu tổ chức", """<p><strong>1. Lãnh đạo phòng</strong></p>
<table class="table table-bordered"><tbody>
<tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>
<tr><td>Nguyễn Đình Tuấn</td><td>Trưởng phòng</td><td>0912 335 018</td></tr>
<tr><td>Hồ Thị Thanh Hương</td><td>Phó Trưởng phòng</td><td>0983 417 262</td></tr>
<tr><td>Phan Văn Lâm</td><td>Phó Trưởng phòng</td><td>0904 826 113</td></tr>
</tbody></table>
<p><strong>2. Các bộ phận chuyên môn</strong></p>
<ul><li>Bộ phận Giáo dục mầm non</li><li>Bộ phận Giáo dục tiểu học</li>
<li>Bộ phận Giáo dục trung học cơ sở</li><li>Bộ phận Tổ chức cán bộ - Kế hoạch tài chính</li>
<li>Bộ phận Hành chính - Tổng hợp</li></ul>"""),
    "chuc-nang-nhiem-vu": ("Chức năng, nhiệm vụ", """<p>Phòng Giáo dục và Đào tạo là cơ quan chuyên môn
thuộc Ủy ban nhân dân huyện, tham mưu, giúp Ủy ban nhân dân huyện thực hiện chức năng quản lý nhà nước
về giáo dục và đào tạo trên địa bàn huyện.</p>
<p>Phòng có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức,
biên chế và công tác của Ủy ban nhân dân huyện, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về
chuyên môn, nghiệp vụ của Sở Giáo dục và Đào tạo.</p>"""),
}  # fmt: skip

SOFT_404 = _DEAD


def _tag_target(tag: str) -> str:
    return "/tim-kiem?q=" + quote_plus(tag)


TAGS: list[str] = sorted({t for s in STORIES for t in s.opts.get("tags", [])})

NON_ARTICLES: list[str] = [
    "/",
    "/index.php/tin-tuc",
    *(f"/index.php/tin-tuc/{o}" for o in range(NEWS_PER_PAGE, len(STORIES), NEWS_PER_PAGE)),
    *(cat_path(slug) for slug, _ in CATS.values()),
    *(
        f"{cat_path(slug)}/{o}"
        for slug, _ in CATS.values()
        for o in range(CAT_PER_PAGE, len(in_cat(slug)), CAT_PER_PAGE)
    ),
    *(f"/gioi-thieu/{p}" for p in PAGES),
    "/lien-he",
    "/tai-khoan/dang-nhap",
    "/index.php/van-ban",
    *(f"/van-ban/chi-tiet/{d}" for d in DOCS),
    "/index.php/thu-vien-anh",
    *(f"/thu-vien-anh/album/{a}" for a in ALBUMS),
    "/binh-chon/ket-qua/2",
    *(f"/tin-tuc/in/{s.id}" for s in NEWEST),
    SOFT_404,
    *(_tag_target(t) for t in TAGS),
]


# --- rendering helpers ----------------------------------------------------------------------


def _ck_entities(markup: str) -> str:
    """CKEditor 4's ``config.entities``: characters with an HTML 4 name as ``&name;``."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if ord(ch) > 127 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def _t(s: Story, value: str) -> str:
    value = esc(value).replace("&#x27;", "'").replace("&quot;", '"')
    if s.opts.get("nfd"):
        value = unicodedata.normalize("NFD", value)
    if s.opts.get("word"):
        value = (
            '<span style="font-size:14px;"><span style="font-family:times new roman,times,serif;">'
            f"{value}</span></span>"
        )
    return value


def _dmy(s: Story) -> str:
    return f"{_when(s):%d/%m/%Y}"


def _date_line(s: Story) -> str:
    return f"{_when(s):%H:%M - %d/%m/%Y}"


def _img_tag(img: Img) -> str:
    return f'<img alt="" src="{esc(img.src)}" style="width:600px; height:400px" />'


def content_html(s: Story) -> str:
    """The stored CKEditor 4 content of a post."""
    parts: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f'\t<li style="text-align:justify">{_t(s, blocks[i].text)}</li>\n')
                i += 1
            parts.append("<ul>\n" + "".join(items) + "</ul>")
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                if row.style == "th":
                    cells = "".join(
                        f'\n\t\t\t<td style="text-align:center"><strong>{_t(s, c)}</strong></td>'
                        for c in row.text.split(" | ")
                    )
                else:
                    cells = "".join(f"\n\t\t\t<td>{_t(s, c)}</td>" for c in row.text.split(" | "))
                rows.append(f"\t\t<tr>{cells}\n\t\t</tr>\n")
                i += 1
            parts.append(
                '<table border="1" cellpadding="1" cellspacing="1" style="width:100%">\n\t<tbody>\n'
                + "".join(rows)
                + "\t</tbody>\n</table>"
            )
            continue
        if isinstance(b, P):
            if b.style == "h":
                parts.append(f'<p style="text-align:justify"><strong>{_t(s, b.text)}</strong></p>')
            elif b.style.startswith("a|"):
                _, href, phrase = b.style.split("|", 2)
                before, after = b.text.split(phrase, 1)
                parts.append(
                    f'<p style="text-align:justify">{_t(s, before)}<a href="{esc(href)}">'
                    f"{_t(s, phrase)}</a>{_t(s, after)}</p>"
                )
            else:
                parts.append(f'<p style="text-align:justify">{_t(s, b.text)}</p>')
        elif isinstance(b, Img):
            if b.style == "next":
                parts.append(f'<p style="text-align:center">{_img_tag(b)}</p>')
                parts.append(f'<p style="text-align:center"><em>{_t(s, b.printed)}</em></p>')
            elif b.style == "br":
                parts.append(
                    f'<p style="text-align:center">{_img_tag(b)}<br />\n<em>{_t(s, b.printed)}</em></p>'
                )
            elif b.style == "figure":
                parts.append(
                    '<div style="text-align:center">\n<figure class="image" style="display:inline-block">'
                    f'<img alt="" height="400" src="{esc(b.src)}" width="600" />\n'
                    f"<figcaption>{_t(s, b.printed)}</figcaption>\n</figure>\n</div>"
                )
            else:
                parts.append(f'<p style="text-align:center">{_img_tag(b)}</p>')
        else:
            html_ = b.html
            if s.opts.get("nfd"):
                html_ = unicodedata.normalize("NFD", html_)
            parts.append(html_)
        i += 1
    return _ck_entities("\n\n".join(parts))


def _limiter(value: str, n: int = 160) -> str:
    """CodeIgniter's ``character_limiter``: whole words up to n characters, then ``&#8230;``."""
    if len(value) <= n:
        return esc(value)
    out = ""
    for word in value.split(" "):
        out += word + " "
        if len(out) >= n:
            break
    return esc(out.rstrip()) + "&#8230;"


def _excerpt(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return _limiter(first)


def _thumb(s: Story) -> str:
    if not s.images:
        return "/assets/images/no-image.png"
    src = s.images[0].src
    return src[:-4] + "_thumb" + src[-4:]


def _elapsed(target: str) -> str:
    n = int(hashlib.md5(target.encode()).hexdigest()[:4], 16) % 400
    return f"0.{n + 120:04d}"


def _views(s: Story) -> int:
    return s.views()


# --- layout ---------------------------------------------------------------------------------


def _head(title: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {esc(SHORT)}</title>
<meta name="keywords" content="phòng giáo dục yên thành, pgd yên thành, giáo dục nghệ an">
{extra}<link rel="shortcut icon" href="/assets/images/favicon.ico">
<link href="/assets/bootstrap/css/bootstrap.min.css" rel="stylesheet">
<link href="/assets/css/style.css?v=1.0.7" rel="stylesheet">
<!--[if lt IE 9]><script src="/assets/js/html5shiv.min.js"></script><![endif]-->
<script src="/assets/js/jquery-1.12.4.min.js"></script>
</head>"""


def _menu() -> str:
    cats = "".join(
        f'<li><a href="{cat_path(slug)}">{esc(name)}</a></li>' for slug, name in CATS.values()
    )
    return f"""<nav class="navbar navbar-default navbar-pgd" role="navigation">
<div class="container">
<div class="navbar-header">
<button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#menu-chinh"><span class="sr-only">Menu</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
</div>
<div class="collapse navbar-collapse" id="menu-chinh">
<ul class="nav navbar-nav">
<li><a href="/index.php"><i class="glyphicon glyphicon-home"></i> Trang chủ</a></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Giới thiệu <span class="caret"></span></a>
<ul class="dropdown-menu"><li><a href="/index.php/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li><li><a href="/index.php/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li></ul></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Tin tức <span class="caret"></span></a>
<ul class="dropdown-menu"><li><a href="/index.php/tin-tuc">Tất cả tin</a></li>{cats}</ul></li>
<li><a href="/index.php/van-ban">Văn bản</a></li>
<li><a href="/index.php/thu-vien-anh">Thư viện ảnh</a></li>
<li><a href="/index.php/lien-he">Liên hệ</a></li>
</ul>
<form class="navbar-form navbar-right" action="/index.php/tim-kiem" method="get" role="search">
<div class="form-group"><input type="text" name="q" class="form-control input-sm" placeholder="Nhập từ khóa..."></div>
<button type="submit" class="btn btn-default btn-sm"><i class="glyphicon glyphicon-search"></i></button>
</form>
</div>
</div>
</nav>"""


def _marquee() -> str:
    notices = in_cat(_THONG_BAO)[:3]
    links = " &nbsp;&bull;&nbsp; ".join(
        f'<a href="{article_path(s)}">{esc(s.title)}</a>' for s in notices
    )
    return f"""<div class="container">
<div class="row thong-bao-chay">
<div class="col-xs-3 col-md-2 tb-nhan"><i class="glyphicon glyphicon-bullhorn"></i> Thông báo:</div>
<div class="col-xs-9 col-md-10"><marquee behavior="scroll" direction="left" scrollamount="4" onmouseover="this.stop();" onmouseout="this.start();">{links}</marquee></div>
</div>
</div>"""


def _left() -> str:
    cats = "".join(
        f'<a href="{cat_path(slug)}" class="list-group-item"><i class="glyphicon glyphicon-chevron-right"></i> {esc(name)}</a>'
        for slug, name in CATS.values()
    )
    radios = "".join(
        f'<div class="radio"><label><input type="radio" name="phuong_an" value="{n}"> {esc(label)}</label></div>'
        for n, (label, _) in enumerate(POLL, start=5)
    )
    return f"""<div class="col-md-3 col-sm-4" id="cot-trai">
<div class="list-group danh-muc">
<span class="list-group-item active"><i class="glyphicon glyphicon-th-list"></i> DANH MỤC</span>
<a href="/index.php/gioi-thieu/co-cau-to-chuc" class="list-group-item"><i class="glyphicon glyphicon-chevron-right"></i> Giới thiệu</a>
{cats}
<a href="/index.php/van-ban" class="list-group-item"><i class="glyphicon glyphicon-chevron-right"></i> Văn bản chỉ đạo</a>
<a href="/index.php/thu-vien-anh" class="list-group-item"><i class="glyphicon glyphicon-chevron-right"></i> Thư viện ảnh</a>
</div>
<div class="panel panel-primary box-dang-nhap">
<div class="panel-heading"><h3 class="panel-title"><i class="glyphicon glyphicon-user"></i> Đăng nhập hệ thống</h3></div>
<div class="panel-body">
<form action="/index.php/tai-khoan/dang-nhap" method="post" accept-charset="utf-8">
<input type="hidden" name="csrf_test_name" value="{CSRF}" />
<div class="form-group"><input type="text" name="username" class="form-control input-sm" placeholder="Tên đăng nhập"></div>
<div class="form-group"><input type="password" name="password" class="form-control input-sm" placeholder="Mật khẩu"></div>
<button type="submit" class="btn btn-primary btn-sm">Đăng nhập</button>
</form>
</div>
</div>
<div class="panel panel-primary box-binh-chon">
<div class="panel-heading"><h3 class="panel-title"><i class="glyphicon glyphicon-stats"></i> Thăm dò ý kiến</h3></div>
<div class="panel-body">
<form action="/index.php/binh-chon/gui/2" method="post" accept-charset="utf-8">
<input type="hidden" name="csrf_test_name" value="{CSRF}" />
<p><strong>{esc(POLL_QUESTION)}</strong></p>
{radios}
<button type="submit" class="btn btn-primary btn-xs">Bình chọn</button>
<a href="/binh-chon/ket-qua/2" class="btn btn-default btn-xs">Xem kết quả</a>
</form>
</div>
</div>
</div>"""


def _right() -> str:
    docs = sorted(
        DOCS.items(), key=lambda kv: datetime.strptime(kv[1][1], "%d/%m/%Y"), reverse=True
    )
    doc_items = "".join(
        f'<li><a href="/van-ban/chi-tiet/{n}">{esc(d[0])}</a><br><small>{esc(d[5])}</small></li>'
        for n, d in docs[:5]
    )
    news = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="ngay">({_dmy(s)})</span></li>'
        for s in NEWEST[:5]
    )
    return f"""<div class="col-md-3 hidden-sm hidden-xs" id="cot-phai">
<div class="panel panel-primary box-van-ban">
<div class="panel-heading"><h3 class="panel-title"><i class="glyphicon glyphicon-file"></i> Văn bản mới</h3></div>
<div class="panel-body"><ul class="list-unstyled ds-van-ban">{doc_items}</ul>
<p class="text-right"><a href="/van-ban">Xem tất cả »</a></p></div>
</div>
<div class="panel panel-primary box-tin-moi">
<div class="panel-heading"><h3 class="panel-title"><i class="glyphicon glyphicon-list-alt"></i> Tin mới cập nhật</h3></div>
<div class="panel-body"><ul class="list-unstyled ds-tin-moi">{news}</ul></div>
</div>
<div class="panel panel-default box-lien-ket">
<div class="panel-heading"><h3 class="panel-title">Liên kết website</h3></div>
<div class="panel-body">
<select class="form-control input-sm" onchange="if(this.value) window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://nghean.edu.vn">Sở GD&amp;ĐT Nghệ An</option>
<option value="https://yenthanh.nghean.gov.vn">Cổng TTĐT huyện Yên Thành</option>
</select>
<p class="banner"><a href="https://csdl.moet.gov.vn" target="_blank"><img src="/assets/images/banner-csdl-nganh.jpg" class="img-responsive" alt="Cơ sở dữ liệu ngành"></a></p>
<p class="banner"><a href="https://temis.csdl.edu.vn" target="_blank"><img src="/assets/images/banner-temis.jpg" class="img-responsive" alt="TEMIS"></a></p>
</div>
</div>
<div class="panel panel-default box-thong-ke">
<div class="panel-heading"><h3 class="panel-title"><i class="glyphicon glyphicon-signal"></i> Thống kê truy cập</h3></div>
<div class="panel-body"><ul class="list-unstyled">
<li>Đang trực tuyến: <b>17</b></li>
<li>Hôm nay: <b>412</b></li>
<li>Hôm qua: <b>538</b></li>
<li>Tháng này: <b>11.906</b></li>
<li>Tổng lượt truy cập: <b>1.284.066</b></li>
</ul></div>
</div>
</div>"""


def _footer(target: str) -> str:
    return f"""<footer id="footer">
<div class="container">
<div class="row">
<div class="col-md-8">
<p class="ten-don-vi"><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN YÊN THÀNH</strong></p>
<p>Địa chỉ: {esc(ADDRESS)}</p>
<p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>Chịu trách nhiệm chính: Ông Nguyễn Đình Tuấn - Trưởng phòng</p>
</div>
<div class="col-md-4 text-right">
<p><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a> | <a href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a> | <a href="/lien-he">Liên hệ</a></p>
<p>&copy; 2019 - 2026 Bản quyền thuộc {esc(SHORT)}</p>
<p class="small text-muted">Trang được tạo trong {_elapsed(target)} giây.</p>
</div>
</div>
</div>
</footer>
<script src="/assets/bootstrap/js/bootstrap.min.js"></script>
<script src="/assets/js/main.js?v=1.0.7"></script>
</body>
</html>"""


def _layout(target: str, title: str, center: str, extra_head: str = "") -> str:
    return f"""{_head(title, extra_head)}
<body>
<div id="top-bar">
<div class="container">
<span class="ngay-hom-nay"><i class="glyphicon glyphicon-calendar"></i> Hôm nay: {TODAY}</span>
<span class="pull-right"><a href="/lien-he">Liên hệ</a> | <a href="/tai-khoan/dang-nhap">Đăng nhập</a></span>
</div>
</div>
<div id="header" class="container">
<a href="/"><img src="/assets/images/banner-pgd-yen-thanh.jpg" class="img-responsive" alt="{esc(SITE)}"></a>
</div>
{_menu()}
{_marquee()}
<div class="container" id="noi-dung">
<div class="row">
{_left()}
<div class="col-md-6 col-sm-8" id="cot-giua">
{center}
</div>
{_right()}
</div>
</div>
{_footer(target)}"""


def _crumbs(*items: tuple[str | None, str]) -> str:
    lis = ['<li><a href="/"><i class="glyphicon glyphicon-home"></i> Trang chủ</a></li>']
    for href, label in items:
        if href:
            lis.append(f'<li><a href="{href}">{esc(label)}</a></li>')
        else:
            lis.append(f'<li class="active">{esc(label)}</li>')
    return f'<ol class="breadcrumb">{"".join(lis)}</ol>'


def _popular_box() -> str:
    items = "".join(
        f'<li><a href="{article_path(_BY_ID[i])}?ci_session={SESSION}">{esc(_BY_ID[i].title)}</a>'
        f' <span class="badge">{_views(_BY_ID[i])}</span></li>'
        for i in POPULAR
    )
    return f"""<div class="panel panel-default box-xem-nhieu">
<div class="panel-heading"><h3 class="panel-title"><i class="glyphicon glyphicon-fire"></i> Tin xem nhiều</h3></div>
<div class="panel-body"><ol class="ds-xem-nhieu">{items}</ol></div>
</div>"""


# --- pages ----------------------------------------------------------------------------------


def _article(request: Request, s: Story) -> str:
    cat_name = CATS[_CAT_ID[s.cat]][1]
    absolute = base_url(request) + site_path(s)
    sapo = f'<p class="lead-news"><strong>{esc(s.summary)}</strong></p>\n' if s.summary else ""
    attach = ""
    if s.opts.get("attach"):
        items = "".join(
            f'<li><i class="glyphicon glyphicon-download-alt"></i> <a href="{href}" target="_blank">{esc(name)}</a> <small class="text-muted">({size})</small></li>'
            for href, name, size in s.opts["attach"]
        )
        attach = f'<div class="tep-dinh-kem">\n<h4><i class="glyphicon glyphicon-paperclip"></i> Tệp đính kèm</h4>\n<ul class="list-unstyled">{items}</ul>\n</div>\n'
    tags = ", ".join(f'<a href="{_tag_target(t)}">{esc(t)}</a>' for t in s.opts.get("tags", []))
    related = "".join(
        f'<li class="list-group-item"><a href="{article_path(o)}">{esc(o.title)}</a> <span class="text-muted">({_dmy(o)})</span></li>'
        for o in [o for o in in_cat(s.cat) if o.id != s.id][:5]
    )
    og_image = (
        f'<meta property="og:image" content="{base_url(request)}{s.images[0].src}">\n'
        if s.images
        else ""
    )
    extra = (
        f'<meta name="description" content="{esc(s.summary or s.title)}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{esc(s.title)}">\n'
        f'<meta property="og:url" content="{absolute}">\n{og_image}'
    )
    center = f"""{_crumbs(("/tin-tuc", "Tin tức"), (cat_path(s.cat, index=False), cat_name))}
<div class="panel panel-default chi-tiet-tin">
<div class="panel-body">
<h2 class="news-title">{esc(s.title)}</h2>
<p class="news-info text-muted"><i class="glyphicon glyphicon-time"></i> Cập nhật lúc: {_date_line(s)} | Lượt xem: {_views(s)}
<span class="pull-right cong-cu"><a href="/tin-tuc/in/{s.id}" target="_blank" onclick="window.open(this.href,'inbai','width=820,height=640,scrollbars=yes');return false;"><i class="glyphicon glyphicon-print"></i> In bài</a> &nbsp; <a href="mailto:?subject={quote(s.title)}&amp;body={quote(absolute)}"><i class="glyphicon glyphicon-envelope"></i> Gửi email</a></span></p>
{sapo}<div class="news-content">
{content_html(s)}
</div>
{attach}<div class="tu-khoa"><i class="glyphicon glyphicon-tags"></i> <strong>Từ khóa:</strong> {tags}</div>
<div class="chia-se">
<a class="btn btn-primary btn-xs" href="https://www.facebook.com/sharer/sharer.php?u={quote(absolute, safe="")}" target="_blank">Chia sẻ Facebook</a>
<div class="zalo-share-button" data-href="{absolute}" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div>
</div>
</div>
</div>
<div class="panel panel-default tin-cung-chuyen-muc">
<div class="panel-heading"><h3 class="panel-title">Tin cùng chuyên mục</h3></div>
<ul class="list-group">{related}</ul>
</div>"""
    return _layout(request.target, s.title, center, extra)


def _print_view(request: Request, s: Story) -> str:
    sapo = f"<p><strong>{esc(s.summary)}</strong></p>\n" if s.summary else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>In bài viết</title>
<link href="/assets/css/print.css" rel="stylesheet">
</head>
<body onload="window.print();">
<div class="trang-in">
<p class="dau-trang"><img src="/assets/images/logo-pgd.png" width="48" alt=""> <strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN YÊN THÀNH</strong></p>
<hr>
<h2>{esc(s.title)}</h2>
<p><i>Cập nhật lúc: {_date_line(s)}</i></p>
{sapo}{content_html(s)}
<hr>
<p class="small">Địa chỉ bài viết: {base_url(request)}{site_path(s)}</p>
</div>
</body>
</html>"""


def _item(s: Story) -> str:
    href = site_path(s)
    return f"""<div class="media tin-item">
<a class="media-left" href="{href}"><img class="media-object" src="{_thumb(s)}" width="140" alt="{esc(s.title)}"></a>
<div class="media-body">
<h4 class="media-heading"><a href="{href}">{esc(s.title)}</a></h4>
<p class="ngay-dang text-muted"><i class="glyphicon glyphicon-calendar"></i> {_dmy(s)}</p>
<p class="tom-tat">{_excerpt(s)}</p>
</div>
</div>"""


def pager(base: str, total: int, per: int, offset: int, query_string: bool = False) -> str:
    """CI3's Pagination::create_links() with the theme's Bootstrap 3 config (num_links = 1)."""
    num_pages = _pages(total, per)
    if num_pages <= 1:
        return ""
    cur = offset // per + 1

    def href(page: int) -> str:
        if page == 1:
            return base
        off = (page - 1) * per
        return f"{base}&amp;per_page={off}" if query_string else f"{base}/{off}"

    out = ['<ul class="pagination pagination-sm">']
    if cur > NUM_LINKS + 1:
        out.append(
            f'<li><a href="{href(1)}" data-ci-pagination-page="1" rel="start">&laquo; Đầu</a></li>'
        )
    if cur != 1:
        out.append(
            f'<li><a href="{href(cur - 1)}" data-ci-pagination-page="{cur - 1}" rel="prev">&lsaquo;</a></li>'
        )
    for n in range(max(1, cur - NUM_LINKS), min(num_pages, cur + NUM_LINKS) + 1):
        if n == cur:
            out.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            out.append(f'<li><a href="{href(n)}" data-ci-pagination-page="{n}">{n}</a></li>')
    if cur < num_pages:
        out.append(
            f'<li><a href="{href(cur + 1)}" data-ci-pagination-page="{cur + 1}" rel="next">&rsaquo;</a></li>'
        )
    if cur + NUM_LINKS < num_pages:
        out.append(
            f'<li><a href="{href(num_pages)}" data-ci-pagination-page="{num_pages}">Cuối &raquo;</a></li>'
        )
    out.append("</ul>")
    return "\n".join(out)


def _listing(request: Request, slug: str | None, offset: int) -> str:
    if slug is None:
        stories, per, base, heading = NEWEST, NEWS_PER_PAGE, "/index.php/tin-tuc", "Tin tức"
        crumbs = _crumbs((None, "Tin tức"))
    else:
        name = CATS[_CAT_ID[slug]][1]
        stories, per, base, heading = in_cat(slug), CAT_PER_PAGE, cat_path(slug), name
        crumbs = _crumbs(("/tin-tuc", "Tin tức"), (None, name))
    shown = stories[offset : offset + per]
    items = (
        "\n".join(_item(s) for s in shown)
        or '<p class="alert alert-info">Chưa có bài viết nào.</p>'
    )
    links = pager(base, len(stories), per, offset)
    popular = _popular_box() if slug is None else ""
    center = f"""{crumbs}
<div class="panel panel-primary danh-sach-tin">
<div class="panel-heading"><h3 class="panel-title">{esc(heading)}</h3></div>
<div class="panel-body">
{items}
</div>
</div>
<div class="text-center phan-trang">{links}</div>
{popular}"""
    return _layout(request.target, heading, center)


def _home(request: Request) -> str:
    featured = [s for s in NEWEST if s.images][:3]
    slides = "".join(
        f'<div class="item{" active" if n == 0 else ""}"><a href="{site_path(s)}"><img src="{s.images[0].src}" alt="{esc(s.title)}"></a>'
        f'<div class="carousel-caption"><h4><a href="{site_path(s)}">{esc(s.title)}</a></h4></div></div>'
        for n, s in enumerate(featured)
    )
    blocks = []
    for slug, name in CATS.values():
        stories = in_cat(slug)[:4]
        first, rest = stories[0], stories[1:]
        others = "".join(
            f'<li><a href="{site_path(s)}">{esc(s.title)}</a> <small class="text-muted">({_dmy(s)})</small></li>'
            for s in rest
        )
        blocks.append(f"""<div class="panel panel-primary khoi-chuyen-muc">
<div class="panel-heading"><h3 class="panel-title"><a href="{cat_path(slug)}">{esc(name)}</a></h3></div>
<div class="panel-body">
{_item(first)}
<ul class="ds-tin-khac">{others}</ul>
<p class="text-right"><a href="{cat_path(slug)}">Xem tiếp »</a></p>
</div>
</div>""")
    title7, date7, photos7 = ALBUMS[7]
    album = f"""<div class="panel panel-default khoi-album">
<div class="panel-heading"><h3 class="panel-title"><a href="/index.php/thu-vien-anh">Thư viện ảnh</a></h3></div>
<div class="panel-body"><a href="/thu-vien-anh/album/7"><img src="/uploads/album/7/{photos7[0][0][:-4]}_thumb.jpg" class="img-responsive" alt="{esc(title7)}"></a>
<p><a href="/thu-vien-anh/album/7">{esc(title7)}</a> <small>({date7})</small></p></div>
</div>"""
    center = f"""<div id="carousel-tin" class="carousel slide" data-ride="carousel">
<div class="carousel-inner" role="listbox">{slides}</div>
<a class="left carousel-control" href="#carousel-tin" role="button" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
<a class="right carousel-control" href="#carousel-tin" role="button" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a>
</div>
{chr(10).join(blocks)}
{_popular_box()}
{album}"""
    return _layout(request.target, "Trang chủ", center)


def _soft_404(request: Request) -> str:
    center = f"""{_crumbs(("/tin-tuc", "Tin tức"), (None, "Thông báo"))}
<div class="panel panel-default"><div class="panel-body">
<div class="alert alert-warning"><i class="glyphicon glyphicon-warning-sign"></i> Bài viết không tồn tại hoặc đã bị xóa!</div>
<p><a href="/index.php/tin-tuc">&laquo; Quay lại trang tin tức</a></p>
</div></div>"""
    return _layout(request.target, "Thông báo", center)


def _static(request: Request, key: str) -> str:
    title, body = PAGES[key]
    center = f"""{_crumbs((None, "Giới thiệu"), (None, title))}
<div class="panel panel-default trang-tinh"><div class="panel-body">
<h2 class="page-title">{esc(title)}</h2>
{body}
</div></div>"""
    return _layout(request.target, title, center)


def _contact(request: Request) -> str:
    center = f"""{_crumbs((None, "Liên hệ"))}
<div class="panel panel-default"><div class="panel-body">
<h2 class="page-title">Liên hệ</h2>
<p><strong>{esc(SITE)}</strong></p>
<p>Địa chỉ: {esc(ADDRESS)}<br>Điện thoại: {PHONE}<br>Email: {EMAIL}</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3776.2!2d105.45!3d19.02" width="100%" height="260" frameborder="0" style="border:0"></iframe>
<form action="/index.php/lien-he/gui" method="post" accept-charset="utf-8" class="form-horizontal">
<input type="hidden" name="csrf_test_name" value="{CSRF}" />
<div class="form-group"><label class="col-sm-3 control-label">Họ và tên (*)</label><div class="col-sm-9"><input type="text" name="ho_ten" class="form-control"></div></div>
<div class="form-group"><label class="col-sm-3 control-label">Email (*)</label><div class="col-sm-9"><input type="email" name="email" class="form-control"></div></div>
<div class="form-group"><label class="col-sm-3 control-label">Tiêu đề</label><div class="col-sm-9"><input type="text" name="tieu_de" class="form-control"></div></div>
<div class="form-group"><label class="col-sm-3 control-label">Nội dung (*)</label><div class="col-sm-9"><textarea name="noi_dung" rows="5" class="form-control"></textarea></div></div>
<div class="form-group"><label class="col-sm-3 control-label">Mã bảo vệ</label><div class="col-sm-9"><img src="/captcha/1764054000.4821.jpg" width="150" height="30" style="border:0;" alt=" " /> <input type="text" name="captcha" class="form-control input-sm" style="width:120px;display:inline-block"></div></div>
<div class="form-group"><div class="col-sm-offset-3 col-sm-9"><button type="submit" class="btn btn-primary">Gửi liên hệ</button></div></div>
</form>
</div></div>"""
    return _layout(request.target, "Liên hệ", center)


def _login(request: Request) -> str:
    center = f"""{_crumbs((None, "Đăng nhập"))}
<div class="panel panel-default"><div class="panel-body">
<h2 class="page-title">Đăng nhập quản trị</h2>
<form action="/index.php/tai-khoan/dang-nhap" method="post" accept-charset="utf-8">
<input type="hidden" name="csrf_test_name" value="{CSRF}" />
<div class="form-group"><label>Tên đăng nhập</label><input type="text" name="username" class="form-control"></div>
<div class="form-group"><label>Mật khẩu</label><input type="password" name="password" class="form-control"></div>
<div class="checkbox"><label><input type="checkbox" name="remember" value="1"> Ghi nhớ đăng nhập</label></div>
<button type="submit" class="btn btn-primary">Đăng nhập</button>
</form>
</div></div>"""
    return _layout(request.target, "Đăng nhập", center)


def _doc_list(request: Request) -> str:
    docs = sorted(
        DOCS.items(), key=lambda kv: datetime.strptime(kv[1][1], "%d/%m/%Y"), reverse=True
    )
    rows = "".join(
        f'<tr><td>{n}</td><td><a href="/van-ban/chi-tiet/{i}">{esc(d[0])}</a></td><td>{d[1]}</td>'
        f'<td>{esc(d[5])}</td><td><a href="{d[6]}"><i class="glyphicon glyphicon-download-alt"></i></a></td></tr>'
        for n, (i, d) in enumerate(docs, start=1)
    )
    center = f"""{_crumbs((None, "Văn bản"))}
<div class="panel panel-primary"><div class="panel-heading"><h3 class="panel-title">Văn bản chỉ đạo, điều hành</h3></div>
<div class="panel-body">
<table class="table table-bordered table-striped table-condensed">
<thead><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>{rows}</tbody>
</table>
</div></div>"""
    return _layout(request.target, "Văn bản", center)


def _doc(request: Request, n: int) -> str:
    so, ngay, co_quan, loai, nguoi_ky, trich_yeu, file = DOCS[n]
    center = f"""{_crumbs(("/van-ban", "Văn bản"), (None, so))}
<div class="panel panel-default chi-tiet-van-ban"><div class="panel-body">
<table class="table table-bordered">
<tr><th style="width:30%">Số ký hiệu</th><td>{esc(so)}</td></tr>
<tr><th>Ngày ban hành</th><td>{ngay}</td></tr>
<tr><th>Cơ quan ban hành</th><td>{esc(co_quan)}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(loai)}</td></tr>
<tr><th>Người ký</th><td>{esc(nguoi_ky)}</td></tr>
<tr><th>Trích yếu</th><td>{esc(trich_yeu)}</td></tr>
<tr><th>Tải về</th><td><a href="{file}" target="_blank"><i class="glyphicon glyphicon-download-alt"></i> {file.rsplit("/", 1)[1]}</a></td></tr>
</table>
</div></div>"""
    return _layout(request.target, trich_yeu, center)


def _albums(request: Request) -> str:
    cells = "".join(
        f'<div class="col-sm-6"><div class="thumbnail"><a href="/thu-vien-anh/album/{n}"><img src="/uploads/album/{n}/01_thumb.jpg" alt="{esc(t)}"></a>'
        f'<div class="caption"><h4><a href="/index.php/thu-vien-anh/album/{n}">{esc(t)}</a></h4><p>{d} - {len(p)} ảnh</p></div></div></div>'
        for n, (t, d, p) in ALBUMS.items()
    )
    center = f"""{_crumbs((None, "Thư viện ảnh"))}
<div class="row ds-album">{cells}</div>"""
    return _layout(request.target, "Thư viện ảnh", center)


def _album(request: Request, n: int) -> str:
    title, day, photos = ALBUMS[n]
    cells = "".join(
        f'<div class="col-xs-6 col-md-4"><a href="/uploads/album/{n}/{f}" data-lightbox="album-{n}" data-title="{esc(c)}" class="thumbnail">'
        f'<img src="/uploads/album/{n}/{f[:-4]}_thumb.jpg" alt="{esc(c)}"></a><p class="chu-thich-anh">{esc(c)}</p></div>'
        for f, c in photos
    )
    center = f"""{_crumbs(("/thu-vien-anh", "Thư viện ảnh"), (None, title))}
<div class="panel panel-default album-anh"><div class="panel-body">
<h2 class="news-title">{esc(title)}</h2>
<p class="text-muted">Ngày đăng: {day} | {len(photos)} ảnh</p>
<div class="row">{cells}</div>
<p><a href="/index.php/thu-vien-anh">&laquo; Các album khác</a></p>
</div></div>"""
    return _layout(request.target, title, center)


def _poll_results(request: Request) -> str:
    total = sum(c for _, c in POLL)
    bars = "".join(
        f'<p>{esc(label)}: <b>{c}</b> phiếu</p><div class="progress"><div class="progress-bar" role="progressbar" style="width:{c * 100 / total:.1f}%">{c * 100 / total:.1f}%</div></div>'
        for label, c in POLL
    )
    center = f"""{_crumbs((None, "Kết quả bình chọn"))}
<div class="panel panel-default ket-qua-binh-chon"><div class="panel-body">
<h3>{esc(POLL_QUESTION)}</h3>
{bars}
<p>Tổng số phiếu: <b>{f"{total:,}".replace(",", ".")}</b></p>
</div></div>"""
    return _layout(request.target, "Kết quả bình chọn", center)


def _haystack(s: Story) -> str:
    return unicodedata.normalize("NFC", " ".join([s.title, s.summary or "", *s.paragraphs])).lower()


def _search(request: Request) -> str:
    pairs = parse_qsl(request.query, keep_blank_values=True)
    params = dict(pairs)  # PHP's $_GET: the last value of a repeated name wins
    q = unicodedata.normalize("NFC", params.get("q", "").strip())
    if not q:
        center = f"""{_crumbs((None, "Tìm kiếm"))}
<div class="alert alert-info">Vui lòng nhập từ khóa cần tìm.</div>"""
        return _layout(request.target, "Tìm kiếm", center)
    found = [s for s in NEWEST if q.lower() in _haystack(s)]
    if params.get("sort") == "asc":
        found = list(reversed(found))
    try:
        offset = max(0, int(params.get("per_page", "0")))
    except ValueError:
        offset = 0
    shown = found[offset : offset + SEARCH_PER_PAGE]
    items = (
        "\n".join(_item(s) for s in shown)
        or '<p class="alert alert-info">Không tìm thấy kết quả nào.</p>'
    )
    qs = esc(request.query)
    base = f"/index.php/tim-kiem?q={quote_plus(q)}&amp;sort={esc(params.get('sort', 'desc'))}"
    center = f"""{_crumbs((None, "Tìm kiếm"))}
<div class="panel panel-primary ket-qua-tim-kiem">
<div class="panel-heading"><h3 class="panel-title">Kết quả tìm kiếm</h3></div>
<div class="panel-body">
<p>Tìm thấy <b>{len(found)}</b> kết quả cho từ khóa “<b>{esc(q)}</b>”.
<span class="pull-right">Sắp xếp: <a href="/index.php/tim-kiem?{qs}&amp;sort=desc">Mới nhất</a> | <a href="/index.php/tim-kiem?{qs}&amp;sort=asc">Cũ nhất</a></span></p>
{items}
</div>
</div>
<div class="text-center phan-trang">{pager(base, len(found), SEARCH_PER_PAGE, offset, query_string=True)}</div>"""
    return _layout(request.target, "Tìm kiếm", center)


_NOT_FOUND = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>404 Page Not Found</title>
<style type="text/css">
::selection { background-color: #E13300; color: white; }
body { background-color: #fff; margin: 40px; font: 13px/20px normal Helvetica, Arial, sans-serif; color: #4F5155; }
h1 { color: #444; background-color: transparent; border-bottom: 1px solid #D0D0D0; font-size: 19px; font-weight: normal; margin: 0 0 14px 0; padding: 14px 15px 10px 15px; }
#container { margin: 10px; border: 1px solid #D0D0D0; box-shadow: 0 0 8px #D0D0D0; }
p { margin: 12px 15px 12px 15px; }
</style>
</head>
<body>
	<div id="container">
		<h1>404 Page Not Found</h1>
		<p>The page you requested was not found.</p>	</div>
</body>
</html>"""

_ROBOTS = "User-agent: *\nDisallow: /application/\nDisallow: /system/\n"

_DOCX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"\x00" * 64

_ARTICLE = re.compile(r"^/tin-tuc/chi-tiet/(\d+)(?:/([^/]*))?/?$")
_PRINT = re.compile(r"^/tin-tuc/in/(\d+)/?$")
_ALL = re.compile(r"^/tin-tuc(?:/(\d+))?/?$")
_CAT = re.compile(r"^/tin-tuc/danh-muc/(\d+)/([a-z0-9-]+)(?:/(\d+))?/?$")
_DOC = re.compile(r"^/van-ban/chi-tiet/(\d+)/?$")
_ALBUM = re.compile(r"^/thu-vien-anh/album/(\d+)/?$")
_STATIC_PAGE = re.compile(r"^/gioi-thieu/([a-z-]+)/?$")


def _files() -> set[str]:
    out = {href for s in STORIES for href, _, _ in s.opts.get("attach", [])}
    return out | {d[6] for d in DOCS.values()}


_FILES = _files()


class CodeIgniterPGD:
    """CI3's router: ``index.php`` in the path or not, then ``application/config/routes.php``."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in _FILES:
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            return Response(200, _DOCX, {"Content-Type": ctype})
        if path.startswith(("/uploads/", "/assets/", "/captcha/")):
            return static_file(path) or self._missing()
        if path == "/robots.txt":
            return Response(200, _ROBOTS, {"Content-Type": "text/plain"})
        if path == "/index.php" or path.startswith("/index.php/"):
            path = path[len("/index.php") :] or "/"
        if path.startswith("/binh-chon/gui/"):
            return redirect("/binh-chon/ket-qua/2", 303)
        page = self._page(request, path)
        if page is None:
            return self._missing()
        if isinstance(page, Response):
            return page
        return html(page, headers=_cookie())

    def _page(self, request: Request, path: str) -> str | Response | None:
        if path in ("/", "/trang-chu"):
            return _home(request)
        if m := _ARTICLE.match(path):
            story = _BY_ID.get(int(m.group(1)))
            return _article(request, story) if story else _soft_404(request)
        if m := _PRINT.match(path):
            story = _BY_ID.get(int(m.group(1)))
            return _print_view(request, story) if story else _soft_404(request)
        if m := _ALL.match(path):
            return _listing(request, None, int(m.group(1) or 0))
        if m := _CAT.match(path):
            cid = int(m.group(1))
            if cid not in CATS:
                return None
            return _listing(request, CATS[cid][0], int(m.group(3) or 0))
        if m := _STATIC_PAGE.match(path):
            return _static(request, m.group(1)) if m.group(1) in PAGES else None
        if path.rstrip("/") == "/lien-he":
            return _contact(request)
        if path.rstrip("/") == "/tai-khoan/dang-nhap":
            return _login(request)
        if path.rstrip("/") == "/van-ban":
            return _doc_list(request)
        if m := _DOC.match(path):
            return _doc(request, int(m.group(1))) if int(m.group(1)) in DOCS else None
        if path.rstrip("/") == "/thu-vien-anh":
            return _albums(request)
        if m := _ALBUM.match(path):
            return _album(request, int(m.group(1))) if int(m.group(1)) in ALBUMS else None
        if path.rstrip("/") == "/binh-chon/ket-qua/2":
            return _poll_results(request)
        if path.rstrip("/") == "/tim-kiem":
            return _search(request)
        return None

    @staticmethod
    def _missing() -> Response:
        return html(_NOT_FOUND, status=404)


def _cookie() -> dict[str, str]:
    return {
        "Set-Cookie": f"ci_session={SESSION}; expires=Wed, 25-Nov-2026 03:00:00 GMT; Max-Age=7200; path=/; HttpOnly"
    }


def build_site() -> CodeIgniterPGD:
    """A fresh site object: every page is rendered per request from the constants above."""
    return CodeIgniterPGD()
