"""Fixture portal: Phòng GD&ĐT huyện Hàm Yên on a plain Django 4 app (Bootstrap 4, django-filter).

Imitates the site a provincial university's IT lab (Trường Đại học Tân Trào) wrote for a district
education office: not a CMS but a small Django 4.2 project with a ``tintuc`` app (``BaiViet``
model: ``tieu_de``, ``slug`` SlugField, ``chuyen_muc`` FK, ``tom_tat``, ``noi_dung`` from
django-ckeditor's RichTextUploadingField rendered with ``|safe``, ``tac_gia``, ``nguon``,
``ngay_dang``, ``nguoi_dang`` = the staff account), a ``vanban`` app, ``lich`` (weekly schedule),
django.contrib.flatpages and the admin. Templates are Bootstrap 4 written by students. What it
serves:

- ``/``: a carousel of the three newest posts, "Tin mới" cards, a "Thông báo" box; every article
  link on the home page carries the tracking parameter ``?from=home`` (the view ignores it);
- ``/tin-tuc/``: a ``ListView`` with ``paginate_by = 3`` behind a django-filter ``FilterSet``: a GET
  form (``<select name="chuyen_muc">``, ``<select name="nam">``, ``<select name="sap_xep">``
  (django-filter's OrderingFilter labels), button "Lọc"); the navbar's category menu links the
  filter URLs ``/tin-tuc/?chuyen_muc=<slug>``, the sidebar's "Lưu trữ" links ``?nam=2026`` …, the
  listing's sort links keep the other filters, the tag links add ``?the=<slug>``. Pagination is
  Django's documented template, no page numbers: "« đầu", "‹ trước", "Trang 2 / 4", "sau ›",
  "cuối »", hrefs relative to the query (``?chuyen_muc=…&page=2``, via a ``param_replace`` tag
  that keeps every GET parameter in order). A page past the end or not a number is Django's
  DEBUG=False 404 ("Not Found"); an invalid filter value prints the form error and no rows;
- ``/tin-tuc/<slug>/``: ``div.container > div.row > div.col-md-8 > article``: breadcrumb (the
  last crumb is the title cut by ``truncatechars:60``), ``h1``, ``p.text-muted > small`` "Ngày
  đăng: 18/11/2026 lúc 14:05 · Người đăng: nguyenvana · Lượt xem: 523" (a username), the "Tóm
  tắt" box (``div.alert.alert-secondary``, label in ``strong``) when the post has a summary,
  ``div.noi-dung`` (CKEditor 4: paragraphs, tables, images centred with the caption as the next
  centred ``<p><em>``, or the "image2" widget ``figure.image`` + ``figcaption``; older posts were
  saved with CKEditor's default ``entities`` config, so Latin-1 letters are ``&agrave;`` …),
  ``div.tep-dinh-kem`` (attachments), a two-cell-row table "Tác giả: | …", "Nguồn: | …", tags,
  share / "In bài viết" (``javascript:window.print()``) and "Bài viết khác" (five newest others of
  the category, dated). No rel=canonical (nobody thought of it). A URL without the trailing
  slash answers 301 (APPEND_SLASH);
- ``/tin-tuc/rss/`` (django.contrib.syndication, ten newest, announced in ``<head>``);
- non-articles: ``/gioi-thieu/`` (a flatpage), ``/lien-he/`` (form with csrfmiddlewaretoken),
  ``/van-ban/`` and ``/van-ban/<id>/`` (register entries: fields and a PDF), ``/thu-vien-anh/``
  (photo album page), ``/lich-cong-tac/`` and ``?tuan=N&nam=YYYY`` (weekly schedule),
  ``/accounts/login/``, ``/admin/login/?next=/admin/`` (``/admin/`` answers 302 there; the footer
  links "Quản trị" to ``/admin/``);
- chrome: top bar with today's date (TODAY) and "Đăng nhập", banner, navbar with a search box
  (``/tim-kiem/?q=``), sidebar "Văn bản mới", "Tin mới" with dates, "Lưu trữ", a visitor counter
  ("Đang online", "Hôm nay", "Tổng lượt truy cập"), link banners, footer with address, hotline
  and "Quản trị".

Traps: the filter, year, sort, tag and page parameters multiply the listing URLs (finite but
many; the select options are not links); the weekly schedule's "Tuần sau ›" link never ends
(any week of any year answers 200); every article is also served at ``<path>?from=home`` (the home
page links only that form), recorded as ``alt_paths``; ``/admin/`` redirects to a login page.

Gold (by hand). Articles are the ``/tin-tuc/<slug>/`` pages. Judgement calls:
- ``published_at`` is the "Ngày đăng" line with its time (+07:00); "Người đăng: nguyenvana" is
  the staff account that entered the post, never an author.
- The "Tóm tắt" box is the summary and the body's first paragraph (without its "Tóm tắt:"
  label); posts without a summary print no box and have summary None.
- Authors are the "Tác giả" cell, split on " - " / ","; the "Nguồn" cell is the source. An "Ảnh:
  X" line typed at the end of the content gives a photographer (and is not body text); a caption
  ending "(Ảnh: Hoàng Lan)" is kept as printed and gives Hoàng Lan as photographer.
- Captions: the centred italic line right after an image, or the figcaption; an image with no
  such line, a ``figure.image`` without figcaption, and a line that is only the camera file name
  (``z5931082465127_4a1c….jpg``) have caption None (the file-name line is not body text either).
- A table in the content is body text, one paragraph per row, cells joined by " | " (header row
  included). Attachments, tags, "Bài viết khác" are not body.
- The category is the "Chuyên mục" named in the breadcrumb (the filter's label).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html.entities import codepoint2name
from urllib.parse import parse_qsl, quote, urlencode

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
)

NAME = "django_app_pgd"
PLATFORM = "django"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Hàm Yên"
ADDRESS = "Tổ dân phố Tân Bình, thị trấn Tân Yên, huyện Hàm Yên, tỉnh Tuyên Quang"
HOTLINE = "0207 3880 215"
EMAIL = "pgdhamyen@tuyenquang.edu.vn"
PER_PAGE = 3
TODAY_DATE = date(2026, 11, 25)
CSRF = opaque("django-csrf-pgd", 48)[:64]
UP = "/media/uploads"

#: chuyen_muc slug -> printed name
CATS: dict[str, str] = {
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "thong-bao": "Thông báo",
}
#: the=slug -> tag name (django-taggit style)
TAGS: dict[str, str] = {
    "tieu-hoc": "Tiểu học",
    "thcs": "THCS",
    "mam-non": "Mầm non",
    "chuyen-de": "Chuyên đề",
}
YEARS = (2026, 2025, 2024)
#: django-filter OrderingFilter: value -> label
ORDERS: dict[str, str] = {
    "ngay_dang": "Ngày đăng",
    "-ngay_dang": "Ngày đăng (giảm dần)",
    "-luot_xem": "Lượt xem (giảm dần)",
}

# Story.opts: at (datetime shown), user (nguoi_dang account), ent (CKEditor 4 entities on),
# tags, file (href, size). Img styles: next (centred p + centred <em> line after), figure
# (figure.image + figcaption), fignocap (figure.image, no figcaption), bare (centred image, no
# line), fname (line is a camera file name). P styles: "", h (bold line), th/tr (table rows,
# cells " | "), li (list item).
STORIES: list[Story] = [
    Story(
        id=414,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 cấp THCS",
        cat="thong-bao",
        published_at="2026-11-23T10:15:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch thời gian năm học 2026 - 2027 của UBND tỉnh Tuyên Quang, Phòng"
                " Giáo dục và Đào tạo thông báo lịch kiểm tra cuối học kỳ I đối với các trường"
                " THCS, trường PTDTBT THCS và trường TH&THCS trên địa bàn huyện như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("22/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("22/12/2026 | Chiều | Khoa học tự nhiên | 90 phút", "tr"),
            P("23/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("23/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P(
                "Các môn học còn lại do nhà trường chủ động bố trí lịch kiểm tra, hoàn thành trước"
                " ngày 30/12/2026. Đề kiểm tra các môn Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên"
                " do Phòng GD&ĐT ra chung; hiệu trưởng nhận đề tại Phòng GD&ĐT lúc 7h00 ngày"
                " 22/12/2026."
            ),
        ],
        opts={
            "at": datetime(2026, 11, 23, 10, 15),
            "user": "vanthu_pgd",
            "tags": ["thcs"],
            "file": (f"{UP}/tep_dinh_kem/2026/11/TB-lich-kiem-tra-HKI-2026-2027.pdf", 214528),
        },
    ),
    Story(
        id=413,
        slug="pgd-ham-yen-gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T09:30:00+07:00",
        summary=(
            "Sáng 19/11, Phòng Giáo dục và Đào tạo huyện Hàm Yên tổ chức gặp mặt kỷ niệm 44 năm"
            " Ngày Nhà giáo Việt Nam, biểu dương 58 nhà giáo tiêu biểu có nhiều đóng góp cho sự"
            " nghiệp giáo dục của huyện."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi gặp mặt có đồng chí Phó Chủ tịch UBND huyện, đại diện lãnh đạo các ban,"
                " ngành, đoàn thể của huyện cùng cán bộ quản lý, giáo viên tiêu biểu của 62 trường"
                " mầm non, tiểu học và THCS trên địa bàn."
            ),
            Img(
                f"{UP}/2026/11/19/gap-mat-20-11-1.jpg",
                "Đồng chí Phó Chủ tịch UBND huyện tặng hoa chúc mừng các nhà giáo",
                "Đồng chí Phó Chủ tịch UBND huyện tặng hoa chúc mừng các nhà giáo",
                "next",
            ),
            P(
                "Năm học 2025 - 2026, toàn huyện có 31 trường đạt chuẩn quốc gia, tăng 3 trường so"
                " với năm học trước; 214 học sinh đạt giải trong các kỳ thi, hội thi cấp tỉnh; tỷ lệ"
                " học sinh lớp 9 tốt nghiệp THCS đạt 99,2%."
            ),
            P(
                "Phát biểu tại buổi gặp mặt, đồng chí Phó Chủ tịch UBND huyện ghi nhận sự tận tụy của"
                " đội ngũ nhà giáo, nhất là các thầy cô công tác tại các điểm trường lẻ vùng khó khăn"
                " như Yên Thuận, Bạch Xa, Minh Khương; đồng thời đề nghị ngành tiếp tục đổi mới"
                " phương pháp dạy học, nâng cao chất lượng giáo dục toàn diện."
            ),
            Img(
                f"{UP}/2026/11/19/gap-mat-20-11-2.jpg",
                "Các nhà giáo tiêu biểu nhận Giấy khen của Chủ tịch UBND huyện (Ảnh: Hoàng Lan)",
                "Các nhà giáo tiêu biểu nhận Giấy khen của Chủ tịch UBND huyện (Ảnh: Hoàng Lan)",
                "next",
            ),
            P(
                "Nhân dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 58 nhà giáo có thành tích xuất"
                " sắc trong năm học 2025 - 2026."
            ),
        ],
        authors=["Lê Minh Tuấn"],
        photographers=["Hoàng Lan"],
        opts={"at": datetime(2026, 11, 20, 9, 30), "user": "admin", "tags": []},
    ),
    Story(
        id=412,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-18T14:05:00+07:00",
        summary=(
            "Từ ngày 10 đến 14/11/2026, Phòng GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp huyện"
            " bậc Tiểu học với 46 giáo viên đến từ 23 trường tiểu học tham gia."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành"
                " hai tiết dạy, trong đó một tiết môn Tiếng Việt hoặc Toán và một tiết do giáo viên"
                " tự chọn. Các tiết dạy được tổ chức tại Trường TH Tân Yên và Trường TH Phù Lưu."
            ),
            Img(
                f"{UP}/2026/11/18/hoi-thi-gvdg-th-1.jpg",
                "Cô giáo Hà Thị Thu (Trường TH Thái Hòa) trong tiết dạy Tiếng Việt lớp 2",
                "Cô giáo Hà Thị Thu (Trường TH Thái Hòa) trong tiết dạy Tiếng Việt lớp 2",
                "figure",
            ),
            P(
                "Nhiều tiết dạy vận dụng linh hoạt phương pháp dạy học tích cực, sử dụng hiệu quả"
                " đồ dùng dạy học tự làm và các phần mềm trình chiếu, tạo hứng thú cho học sinh."
            ),
            P("Kết quả, Ban Tổ chức công nhận 39 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện:"),
            P("Xếp loại | Số giáo viên | Tỷ lệ", "th"),
            P("Giỏi | 39 | 84,8%", "tr"),
            P("Chưa đạt | 7 | 15,2%", "tr"),
            Img(f"{UP}/2026/11/18/hoi-thi-gvdg-th-2.jpg", None, None, "bare"),
            P(
                "Hội thi là dịp để giáo viên giao lưu, học hỏi kinh nghiệm, đồng thời là cơ sở để"
                " lựa chọn giáo viên tham dự Hội thi cấp tỉnh vào tháng 3/2027."
            ),
        ],
        authors=["Nguyễn Thị Hằng"],
        opts={
            "at": datetime(2026, 11, 18, 14, 5),
            "user": "nguyenvana",
            "tags": ["tieu-hoc"],
        },
    ),
    Story(
        id=411,
        slug="chuyen-de-day-hoc-tieng-viet-lop-1-theo-huong-phat-trien-nang-luc",
        title="Chuyên đề dạy học Tiếng Việt lớp 1 theo hướng phát triển năng lực học sinh",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-12T16:40:00+07:00",
        blocks=[
            P(
                "Ngày 11/11/2026, tại Trường TH Thị trấn Tân Yên, Phòng GD&ĐT tổ chức chuyên đề"
                " “Dạy học Tiếng Việt lớp 1 theo hướng phát triển năng lực học sinh” cho cán bộ quản"
                " lý và giáo viên dạy lớp 1 của các trường tiểu học cụm 1."
            ),
            Img(
                f"{UP}/2026/11/12/z5931082465127_4a1c09e2b7f3d1c8e5a6b4f2d0c9e7a1.jpg",
                "z5931082465127_4a1c09e2b7f3d1c8e5a6b4f2d0c9e7a1.jpg",
                None,
                "fname",
            ),
            P(
                "Tại chuyên đề, các đại biểu dự hai tiết dạy minh họa bài “Em đọc sách” và “Ôn tập"
                " vần”; sau đó thảo luận về cách tổ chức hoạt động luyện đọc, luyện viết, cách hỗ"
                " trợ học sinh dân tộc thiểu số chưa thạo tiếng Việt."
            ),
            P("Qua thảo luận, các đại biểu thống nhất một số nội dung:", "h"),
            P("Tăng cường hoạt động đọc thành tiếng theo nhóm, theo cặp;", "li"),
            P("Sử dụng thẻ chữ, tranh ảnh gần gũi với đời sống của học sinh;", "li"),
            P("Phối hợp với cha mẹ học sinh trong việc luyện đọc ở nhà.", "li"),
            P(
                "Chuyên đề sẽ tiếp tục được tổ chức tại cụm 2 (Trường TH Minh Hương) và cụm 3"
                " (Trường TH Yên Phú) trong tháng 12/2026."
            ),
        ],
        authors=["Nguyễn Văn Bình", "Trần Thu Trang"],
        source="Trường TH Thị trấn Tân Yên",
        opts={
            "at": datetime(2026, 11, 12, 16, 40),
            "user": "nguyenvana",
            "tags": ["tieu-hoc", "chuyen-de"],
        },
    ),
    Story(
        id=409,
        slug="sinh-hoat-to-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-thcs-so-2",
        title="Sinh hoạt tổ chuyên môn theo nghiên cứu bài học cụm trường THCS số 2",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-05T08:20:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch chỉ đạo chuyên môn năm học 2026 - 2027, ngày 03/11/2026, cụm"
                " trường THCS số 2 gồm các trường THCS Bình Xa, Minh Hương, Minh Dân và Thành Long"
                " tổ chức sinh hoạt tổ chuyên môn theo nghiên cứu bài học môn Toán tại Trường THCS"
                " Bình Xa."
            ),
            Img(
                f"{UP}/2026/11/05/nghien-cuu-bai-hoc-binh-xa.jpg",
                "Giáo viên dự giờ, quan sát hoạt động học của học sinh lớp 8A",
                "Giáo viên dự giờ, quan sát hoạt động học của học sinh lớp 8A",
                "figure",
            ),
            P(
                "Thay vì tập trung nhận xét giáo viên, các thành viên dự giờ quan sát cách học sinh"
                " tiếp nhận nhiệm vụ, hợp tác trong nhóm và những khó khăn các em gặp phải khi học"
                " bài “Hằng đẳng thức đáng nhớ”."
            ),
            P(
                "Buổi sinh hoạt giúp giáo viên các trường trong cụm chia sẻ kinh nghiệm thiết kế"
                " nhiệm vụ học tập phù hợp với từng đối tượng học sinh."
            ),
        ],
        authors=["Phạm Quốc Khánh"],
        opts={
            "at": datetime(2026, 11, 5, 8, 20),
            "user": "tranthib",
            "ent": True,
            "tags": ["thcs"],
        },
    ),
    Story(
        id=407,
        slug="khai-mac-hoi-khoe-phu-dong-huyen-ham-yen-lan-thu-xii",
        title="Khai mạc Hội khỏe Phù Đổng huyện Hàm Yên lần thứ XII",
        cat="tin-tuc-su-kien",
        published_at="2026-10-28T15:00:00+07:00",
        summary=(
            "Hơn 600 vận động viên là học sinh tiểu học và THCS tranh tài ở 7 môn thi đấu tại Hội"
            " khỏe Phù Đổng huyện Hàm Yên lần thứ XII, năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Sáng 27/10, tại Sân vận động trung tâm huyện, Ban Tổ chức Hội khỏe Phù Đổng huyện"
                " Hàm Yên lần thứ XII long trọng tổ chức lễ khai mạc. Các vận động viên thi đấu ở các"
                " môn: điền kinh, bóng đá, cầu lông, bóng bàn, cờ vua, đá cầu và kéo co."
            ),
            Img(
                f"{UP}/2026/10/28/hkpd-khai-mac.jpg",
                "Màn đồng diễn thể dục của học sinh Trường THCS Tân Yên tại lễ khai mạc",
                "Màn đồng diễn thể dục của học sinh Trường THCS Tân Yên tại lễ khai mạc",
                "next",
            ),
            P(
                "Hội khỏe diễn ra đến hết ngày 30/10/2026. Kết quả hội khỏe là căn cứ để lựa chọn"
                " vận động viên tham gia Hội khỏe Phù Đổng tỉnh Tuyên Quang năm 2027."
            ),
            Img(f"{UP}/2026/10/28/hkpd-keo-co.jpg", None, None, "bare"),
        ],
        authors=["Thanh Hà"],
        source="Báo Tuyên Quang",
        opts={"at": datetime(2026, 10, 28, 15, 0), "user": "admin", "ent": True, "tags": []},
    ),
    Story(
        id=405,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-soan-giang-cho-giao-vien-thcs",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho giáo viên THCS",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-15T10:00:00+07:00",
        summary=(
            "Trong hai ngày 13 và 14/10/2026, 135 giáo viên THCS được tập huấn sử dụng các công cụ"
            " trí tuệ nhân tạo hỗ trợ soạn bài, thiết kế câu hỏi kiểm tra và bài giảng điện tử."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp tập huấn do Phòng GD&ĐT phối hợp với Trường Đại học Tân Trào tổ chức tại phòng"
                " máy Trường THCS Tân Yên. Giảng viên hướng dẫn giáo viên cách đặt yêu cầu cho công"
                " cụ, kiểm tra tính chính xác của nội dung do máy tạo ra và những lưu ý về bản quyền,"
                " bảo vệ dữ liệu cá nhân của học sinh."
            ),
            Img(f"{UP}/2026/10/15/tap-huan-ai-thcs.jpg", None, None, "fignocap"),
            P(
                "Cuối lớp tập huấn, mỗi giáo viên hoàn thành một kế hoạch bài dạy có sử dụng công cụ"
                " trí tuệ nhân tạo và nộp sản phẩm qua hệ thống học trực tuyến của Phòng."
            ),
        ],
        opts={
            "at": datetime(2026, 10, 15, 10, 0),
            "user": "tranthib",
            "tags": ["thcs"],
        },
    ),
    Story(
        id=402,
        slug="ke-hoach-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen-nam-hoc-2026-2027",
        title="Kế hoạch thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-09-30T14:30:00+07:00",
        blocks=[
            P(
                "Phòng GD&ĐT ban hành Kế hoạch số 156/KH-PGDĐT ngày 29/9/2026 về tổ chức thi chọn"
                " học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027. Kỳ thi tổ chức ngày 05/12/2026"
                " tại Trường THCS Tân Yên với 9 môn thi."
            ),
            P(
                "Các trường lập danh sách học sinh dự thi, gửi về Phòng GD&ĐT (qua bộ phận chuyên môn"
                " THCS) trước ngày 20/11/2026. Chi tiết xem tại kế hoạch đính kèm."
            ),
        ],
        opts={
            "at": datetime(2026, 9, 30, 14, 30),
            "user": "vanthu_pgd",
            "tags": ["thcs"],
            "file": (f"{UP}/tep_dinh_kem/2026/09/KH-156-thi-HSG-lop-9.pdf", 356352),
        },
    ),
    Story(
        id=398,
        slug="cac-truong-hoc-huyen-ham-yen-khai-giang-nam-hoc-moi-2026-2027",
        title="Các trường học huyện Hàm Yên khai giảng năm học mới 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-09-05T07:45:00+07:00",
        summary=(
            "Sáng 5/9, hơn 24.000 học sinh của 62 trường mầm non, tiểu học và THCS huyện Hàm Yên"
            " náo nức dự lễ khai giảng năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học này, toàn huyện có 6.150 trẻ mầm non, 11.820 học sinh tiểu học và 6.390"
                " học sinh THCS. Trước ngày khai giảng, các trường đã tu sửa phòng học, vệ sinh"
                " trường lớp, bảo đảm đủ sách giáo khoa, đồ dùng học tập cho học sinh."
            ),
            Img(
                f"{UP}/2026/09/05/khai-giang-th-tan-yen.jpg",
                "Học sinh lớp 1 Trường TH Tân Yên trong ngày khai giảng",
                "Học sinh lớp 1 Trường TH Tân Yên trong ngày khai giảng",
                "next",
            ),
            P(
                "Tại các lễ khai giảng, các trường đọc thư của Chủ tịch nước gửi ngành giáo dục,"
                " đánh trống khai trường và trao học bổng cho học sinh có hoàn cảnh khó khăn vươn lên"
                " trong học tập."
            ),
            Img(
                f"{UP}/2026/09/05/khai-giang-mn-bach-xa.jpg",
                "Các bé Trường Mầm non Bạch Xa vui đón năm học mới",
                "Các bé Trường Mầm non Bạch Xa vui đón năm học mới",
                "figure",
            ),
            Raw('<p style="text-align:right"><strong>Ảnh: Hà Phương</strong></p>'),
        ],
        authors=["Đỗ Thu Trang"],
        photographers=["Hà Phương"],
        opts={
            "at": datetime(2026, 9, 5, 7, 45),
            "user": "admin",
            "ent": True,
            "tags": ["mam-non", "tieu-hoc"],
        },
    ),
    Story(
        id=391,
        slug="hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027-cap-hoc-mam-non",
        title="Hội nghị triển khai nhiệm vụ năm học 2026 - 2027 cấp học Mầm non",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-08-20T09:00:00+07:00",
        blocks=[
            P(
                "Ngày 19/8/2026, Phòng GD&ĐT tổ chức hội nghị triển khai nhiệm vụ năm học 2026 -"
                " 2027 cấp học Mầm non cho hiệu trưởng, phó hiệu trưởng 21 trường mầm non trên địa"
                " bàn huyện."
            ),
            P(
                "Năm học 2026 - 2027, cấp học mầm non tập trung nâng cao chất lượng chăm sóc, giáo"
                " dục trẻ; thực hiện hiệu quả chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung"
                " tâm”; tăng cường tiếng Việt cho trẻ em người dân tộc thiểu số; bảo đảm an toàn"
                " tuyệt đối cho trẻ."
            ),
            Img(
                f"{UP}/2026/08/20/hoi-nghi-mam-non.jpg",
                "Quang cảnh hội nghị",
                "Quang cảnh hội nghị",
                "next",
            ),
            P(
                "Hội nghị cũng dành thời gian để các đơn vị trao đổi kinh nghiệm tổ chức bán trú,"
                " huy động trẻ ra lớp và xây dựng môi trường giáo dục xanh - sạch - đẹp - an toàn."
            ),
        ],
        authors=["Vũ Thị Ngọc Anh"],
        opts={
            "at": datetime(2026, 8, 20, 9, 0),
            "user": "nguyenvana",
            "ent": True,
            "tags": ["mam-non"],
        },
    ),
    Story(
        id=377,
        slug="chuyen-de-giao-duc-stem-cap-thcs-tai-truong-thcs-yen-thuan",
        title="Chuyên đề giáo dục STEM cấp THCS tại Trường THCS Yên Thuận",
        cat="hoat-dong-chuyen-mon",
        published_at="2025-12-10T14:00:00+07:00",
        summary=(
            "Chuyên đề giới thiệu cách tổ chức bài học STEM “Chế tạo máy lọc nước mini” với vật"
            " liệu dễ kiếm tại địa phương."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày 09/12/2025, Trường THCS Yên Thuận, xã vùng cao của huyện, đăng cai chuyên đề"
                " giáo dục STEM cấp THCS. Học sinh lớp 7 làm việc theo nhóm, dùng chai nhựa, cát,"
                " sỏi, than hoạt tính để chế tạo máy lọc nước và thử nghiệm với nước suối."
            ),
            Img(
                f"{UP}/2025/12/10/stem-yen-thuan-1.jpg",
                "Học sinh lớp 7 thử nghiệm sản phẩm máy lọc nước mini",
                "Học sinh lớp 7 thử nghiệm sản phẩm máy lọc nước mini",
                "figure",
            ),
            P(
                "Các đại biểu đánh giá cao sự chủ động, sáng tạo của học sinh và khả năng vận dụng"
                " kiến thức liên môn Khoa học tự nhiên, Công nghệ, Toán vào giải quyết vấn đề thực"
                " tiễn của địa phương."
            ),
        ],
        authors=["Phạm Quốc Khánh"],
        opts={
            "at": datetime(2025, 12, 10, 14, 0),
            "user": "tranthib",
            "ent": True,
            "tags": ["thcs", "chuyen-de"],
        },
    ),
    Story(
        id=365,
        slug="hoi-thao-nang-cao-chat-luong-day-hoc-tieng-anh-cap-tieu-hoc",
        title="Hội thảo nâng cao chất lượng dạy học môn Tiếng Anh cấp Tiểu học",
        cat="hoat-dong-chuyen-mon",
        published_at="2025-10-22T10:30:00+07:00",
        blocks=[
            P(
                "Ngày 21/10/2025, Phòng GD&ĐT tổ chức hội thảo nâng cao chất lượng dạy học môn"
                " Tiếng Anh cấp Tiểu học với sự tham gia của 38 giáo viên Tiếng Anh."
            ),
            P(
                "Các tham luận tập trung vào những khó khăn khi dạy Tiếng Anh ở các điểm trường lẻ:"
                " thiếu thiết bị nghe nhìn, học sinh ít có môi trường giao tiếp; đồng thời chia sẻ"
                " cách tổ chức trò chơi, bài hát giúp học sinh ghi nhớ từ vựng."
            ),
            Img(
                f"{UP}/2025/10/22/hoi-thao-tieng-anh.jpg",
                "Cô giáo Lương Thị Mai (Trường TH Phù Lưu) trình bày tham luận",
                "Cô giáo Lương Thị Mai (Trường TH Phù Lưu) trình bày tham luận",
                "next",
            ),
            P(
                "Kết thúc hội thảo, Phòng GD&ĐT đề nghị các trường bố trí đủ thời lượng, tăng cường"
                " sử dụng học liệu số và tổ chức câu lạc bộ Tiếng Anh cho học sinh."
            ),
        ],
        authors=["Nguyễn Thị Hằng"],
        source="Phòng GD&ĐT huyện Hàm Yên",
        opts={
            "at": datetime(2025, 10, 22, 10, 30),
            "user": "nguyenvana",
            "ent": True,
            "tags": ["tieu-hoc"],
        },
    ),
]

_BY_SLUG = {s.slug: s for s in STORIES}


def article_path(s: Story) -> str:
    return f"/tin-tuc/{s.slug}/"


def views(s: Story) -> int:
    return s.views()


def newest(stories: list[Story] | None = None) -> list[Story]:
    return sorted(stories if stories is not None else STORIES, key=lambda s: s.opts["at"], reverse=True)


def in_cat(cat: str) -> list[Story]:
    return [s for s in newest() if s.cat == cat]


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    issued: date
    kind: str
    abstract: str
    signer: str
    file: str


DOCS: list[Doc] = [
    Doc(88, "156/KH-PGDĐT", date(2026, 9, 29), "Kế hoạch",
        "Kế hoạch thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027", "Đặng Văn Hưng",
        f"{UP}/van_ban/2026/KH-156-PGDDT.pdf"),
    Doc(91, "172/PGDĐT-THCS", date(2026, 10, 20), "Công văn",
        "V/v hướng dẫn kiểm tra cuối học kỳ I năm học 2026 - 2027 cấp THCS", "Đặng Văn Hưng",
        f"{UP}/van_ban/2026/CV-172-PGDDT-THCS.pdf"),
    Doc(93, "185/QĐ-PGDĐT", date(2026, 11, 9), "Quyết định",
        "Quyết định thành lập Ban Giám khảo Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học",
        "Nguyễn Thị Lụa", f"{UP}/van_ban/2026/QD-185-PGDDT.pdf"),
    Doc(95, "198/PGDĐT-MN", date(2026, 11, 17), "Công văn",
        "V/v tăng cường công tác phòng, chống rét cho trẻ mầm non mùa đông 2026 - 2027",
        "Nguyễn Thị Lụa", f"{UP}/van_ban/2026/CV-198-PGDDT-MN.pdf"),
    Doc(96, "201/TB-PGDĐT", date(2026, 11, 23), "Thông báo",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 cấp THCS", "Đặng Văn Hưng",
        f"{UP}/van_ban/2026/TB-201-PGDDT.pdf"),
]  # fmt: skip
_DOC_BY_ID = {d.id: d for d in DOCS}

FLATPAGES: dict[str, tuple[str, list[str]]] = {
    "/gioi-thieu/": (
        "Giới thiệu Phòng Giáo dục và Đào tạo huyện Hàm Yên",
        [
            "Phòng Giáo dục và Đào tạo huyện Hàm Yên là cơ quan chuyên môn thuộc Ủy ban nhân dân"
            " huyện, tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và"
            " đào tạo trên địa bàn huyện.",
            "Phòng quản lý 62 trường mầm non, tiểu học, THCS công lập với hơn 24.000 học sinh và"
            " 1.870 cán bộ, giáo viên, nhân viên.",
            "Lãnh đạo Phòng: Trưởng phòng Đặng Văn Hưng; Phó Trưởng phòng Nguyễn Thị Lụa, Phó"
            " Trưởng phòng Hoàng Văn Sơn.",
        ],
    ),
}

WEEK_ITEMS = [
    ("Thứ Hai", "Sáng: Giao ban Lãnh đạo Phòng. Chiều: Làm việc tại cơ quan."),
    ("Thứ Ba", "Sáng: Dự chuyên đề Tiếng Việt lớp 1 tại Trường TH Minh Hương."),
    ("Thứ Tư", "Cả ngày: Kiểm tra công tác bán trú tại các trường xã Yên Thuận."),
    ("Thứ Năm", "Sáng: Họp Hội đồng thi đua ngành. Chiều: Làm việc tại cơ quan."),
    ("Thứ Sáu", "Sáng: Dự họp UBND huyện. Chiều: Duyệt đề kiểm tra cuối học kỳ I."),
    ("Thứ Bảy", "Trực cơ quan."),
    ("Chủ Nhật", "Trực cơ quan."),
]
THIS_WEEK = TODAY_DATE.isocalendar()


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat], alt_paths=[article_path(s) + "?from=home"])
    for s in newest()
]

_N_ALL = -(-len(STORIES) // PER_PAGE)


def _n_pages(n: int) -> int:
    return max(1, -(-n // PER_PAGE))


NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc/",
    *(f"/tin-tuc/?page={n}" for n in range(2, _N_ALL + 1)),
    *(f"/tin-tuc/?chuyen_muc={c}" for c in CATS),
    *(
        f"/tin-tuc/?chuyen_muc={c}&page={n}"
        for c in CATS
        for n in range(2, _n_pages(len(in_cat(c))) + 1)
    ),
    "/tin-tuc/?nam=2026",
    "/tin-tuc/?nam=2025",
    *FLATPAGES,
    "/lien-he/",
    "/van-ban/",
    *(f"/van-ban/{d.id}/" for d in DOCS),
    "/thu-vien-anh/",
    "/lich-cong-tac/",
    f"/lich-cong-tac/?tuan={THIS_WEEK.week - 1}&nam={THIS_WEEK.year}",
    "/accounts/login/",
    "/admin/login/?next=/admin/",
]


# --------------------------------------------------------------------------- rendering

_CK_SKIP = set(range(0x370, 0x400))  # CKEditor's entities_greek is a separate switch


def ck_entities(markup: str) -> str:
    """CKEditor 4 with its default ``entities`` config: Latin-1 letters and typographic marks
    become named references (``&agrave;``, ``&ocirc;``, ``&ldquo;``), Vietnamese letters outside
    Latin-1 (ă, ơ, ư, ạ, ế …) stay raw UTF-8."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if ord(ch) >= 128 else None
        out.append(f"&{name};" if name and ord(ch) not in _CK_SKIP else ch)
    return "".join(out)


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _img_tag(src: str, w: int = 600, h: int = 400) -> str:
    return f'<img alt="" src="{src}" style="height:{h}px; width:{w}px" />'


def _content(s: Story) -> str:
    """``noi_dung`` as django-ckeditor saved it."""
    out: list[str] = []
    rows: list[P] = []
    items: list[P] = []

    def flush() -> None:
        if rows:
            head = [r for r in rows if r.style == "th"]
            body = [r for r in rows if r.style == "tr"]

            def cells(r: P, tag: str) -> str:
                attr = ' scope="col"' if tag == "th" else ""
                return "".join(f"<{tag}{attr}>{esc(c)}</{tag}>" for c in r.text.split(" | "))

            out.append(
                '<table border="1" cellpadding="1" cellspacing="1" style="width:100%">'
                + "".join(f"<thead><tr>{cells(r, 'th')}</tr></thead>" for r in head)
                + "<tbody>"
                + "".join(f"<tr>{cells(r, 'td')}</tr>" for r in body)
                + "</tbody></table>"
            )
            rows.clear()
        if items:
            out.append("<ul>" + "".join(f"<li>{esc(i.text)}</li>" for i in items) + "</ul>")
            items.clear()

    for n, b in enumerate(s.blocks):
        if isinstance(b, P) and b.style in ("th", "tr"):
            if items:
                flush()
            rows.append(b)
            continue
        if isinstance(b, P) and b.style == "li":
            if rows:
                flush()
            items.append(b)
            continue
        flush()
        if isinstance(b, P):
            t = esc(b.text)
            if b.style == "h":
                out.append(f"<p><strong>{t}</strong></p>")
            else:
                tail = "&nbsp;" if n % 3 == 1 else ""
                out.append(f'<p style="text-align:justify">{t}{tail}</p>')
        elif isinstance(b, Img):
            if b.style in ("figure", "fignocap"):
                cap = f"<figcaption>{esc(b.printed)}</figcaption>" if b.printed else ""
                out.append(
                    f'<figure class="image" style="display:inline-block">'
                    f'<img alt="" height="400" src="{b.src}" width="600" />{cap}</figure>'
                )
            else:
                out.append(f'<p style="text-align:center">{_img_tag(b.src)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align:center"><em>{esc(b.printed)}</em></p>')
        else:
            out.append(b.html)
    flush()
    markup = "\n\n".join(out)
    return ck_entities(markup) if s.opts.get("ent") else markup


def _qs(params: list[tuple[str, str]], **changes: str | None) -> str:
    """``param_replace``: the request's GET kept in order, ``changes`` set or removed."""
    merged: list[tuple[str, str]] = []
    for k, v in params:
        if k not in changes:
            merged.append((k, v))
        elif changes[k] is not None and k not in dict(merged):
            merged.append((k, changes[k]))
    merged += [(k, v) for k, v in changes.items() if v is not None and k not in dict(params)]
    return "?" + urlencode(merged)


def _sidebar() -> str:
    docs = "".join(
        f'<li class="list-group-item"><a href="/van-ban/{d.id}/">{esc(d.number)}</a>'
        f'<br><small>{esc(d.abstract)}</small><br><small class="text-muted">{_dmy(d.issued)}</small></li>'
        for d in sorted(DOCS, key=lambda d: d.issued, reverse=True)[:4]
    )
    latest = "".join(
        f'<li class="list-group-item"><a href="{article_path(s)}">{esc(s.title)}</a>'
        f' <small class="text-muted">({_dmy(s.opts["at"])})</small></li>'
        for s in newest()[:5]
    )
    years = "".join(
        f'<a class="dropdown-item" href="/tin-tuc/?nam={y}">Năm {y}</a>' for y in YEARS[:2]
    )
    return (
        '<div class="col-md-4 sidebar">'
        '<div class="card mb-3"><div class="card-header bg-primary text-white">Văn bản mới</div>'
        f'<ul class="list-group list-group-flush">{docs}</ul>'
        '<div class="card-footer text-right"><a href="/van-ban/">Xem tất cả »</a></div></div>'
        '<div class="card mb-3"><div class="card-header">Tin mới</div>'
        f'<ul class="list-group list-group-flush tin-moi">{latest}</ul></div>'
        f'<div class="card mb-3"><div class="card-header">Lưu trữ</div><div class="card-body">{years}</div></div>'
        '<div class="card mb-3 banner"><a href="https://tuyenquang.edu.vn/" target="_blank">'
        '<img class="img-fluid" src="/static/img/banner-so-gddt.png" alt="Sở GD&amp;ĐT Tuyên Quang"></a>'
        '<a href="https://csdl.moet.gov.vn/" target="_blank"><img class="img-fluid" src="/static/img/banner-csdl.png"'
        ' alt="Cơ sở dữ liệu ngành"></a></div>'
        '<div class="card mb-3 thong-ke"><div class="card-header">Thống kê truy cập</div><div class="card-body">'
        "<p>Đang online: <b>14</b></p><p>Hôm nay: <b>386</b></p><p>Tổng lượt truy cập: <b>1.204.518</b></p>"
        "</div></div></div>"
    )


def _nav() -> str:
    cats = "".join(
        f'<a class="dropdown-item" href="/tin-tuc/?chuyen_muc={c}">{esc(n)}</a>' for c, n in CATS.items()
    )
    return (
        '<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">'
        '<a class="navbar-brand" href="/">PGD Hàm Yên</a>'
        '<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#menuChinh">'
        '<span class="navbar-toggler-icon"></span></button>'
        '<div class="collapse navbar-collapse" id="menuChinh"><ul class="navbar-nav mr-auto">'
        '<li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li>'
        '<li class="nav-item"><a class="nav-link" href="/gioi-thieu/">Giới thiệu</a></li>'
        '<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="/tin-tuc/" id="ddTin"'
        ' data-toggle="dropdown">Tin tức</a>'
        f'<div class="dropdown-menu"><a class="dropdown-item" href="/tin-tuc/">Tất cả tin</a>{cats}</div></li>'
        '<li class="nav-item"><a class="nav-link" href="/van-ban/">Văn bản</a></li>'
        '<li class="nav-item"><a class="nav-link" href="/lich-cong-tac/">Lịch công tác</a></li>'
        '<li class="nav-item"><a class="nav-link" href="/thu-vien-anh/">Thư viện ảnh</a></li>'
        '<li class="nav-item"><a class="nav-link" href="/lien-he/">Liên hệ</a></li></ul>'
        '<form class="form-inline my-2 my-lg-0" action="/tim-kiem/" method="get">'
        '<input class="form-control mr-sm-2" type="search" name="q" placeholder="Tìm kiếm..." aria-label="Tìm kiếm">'
        '<button class="btn btn-outline-light my-2 my-sm-0" type="submit">Tìm</button></form></div></div></nav>'
    )


def _page(title: str, main: str, *, crumbs: list[tuple[str, str | None]] | None = None,
          sidebar: bool = True, head: str = "") -> str:  # fmt: skip
    bc = ""
    if crumbs is not None:
        items = ['<li class="breadcrumb-item"><a href="/">Trang chủ</a></li>']
        for label, href in crumbs:
            if href:
                items.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
            else:
                items.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>')
        bc = f'<nav aria-label="breadcrumb"><ol class="breadcrumb">{"".join(items)}</ol></nav>'
    side = _sidebar() if sidebar else ""
    col = "col-md-8" if sidebar else "col-md-12"
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">\n'
        f"<title>{esc(title)} | {esc(SITE)}</title>\n"
        '<link rel="stylesheet" href="/static/css/bootstrap.min.css">\n'
        '<link rel="stylesheet" href="/static/css/style.css">\n'
        '<link rel="alternate" type="application/rss+xml" title="Tin tức PGD Hàm Yên" href="/tin-tuc/rss/">\n'
        f"{head}</head>\n<body>\n"
        '<div class="top-bar bg-light border-bottom"><div class="container d-flex justify-content-between">'
        f'<span class="ngay-thang"><i class="fa fa-calendar"></i> {TODAY}</span>'
        '<span><a href="/accounts/login/">Đăng nhập</a></span></div></div>\n'
        '<header class="banner"><div class="container"><a href="/"><img class="img-fluid"'
        ' src="/static/img/banner.jpg" alt="Phòng GD&amp;ĐT huyện Hàm Yên"></a></div></header>\n'
        f"{_nav()}\n"
        f'<div class="container mt-3">{bc}<div class="row"><div class="{col}">{main}</div>{side}</div></div>\n'
        '<footer class="footer bg-dark text-white mt-4 py-3"><div class="container"><div class="row">'
        f'<div class="col-md-8"><h6>{esc(SITE.upper())}</h6>'
        f"<p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {HOTLINE} - Đường dây nóng: 0912 447 362</p>"
        f'<p>Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>'
        "<p>Chịu trách nhiệm: Đặng Văn Hưng - Trưởng phòng</p></div>"
        '<div class="col-md-4 text-right"><p>Thiết kế: Phòng Lab CNTT - Trường Đại học Tân Trào</p>'
        '<p><a class="text-white-50" href="/admin/">Quản trị</a></p></div></div></div></footer>\n'
        '<script src="/static/js/jquery-3.5.1.slim.min.js"></script>\n'
        '<script src="/static/js/bootstrap.bundle.min.js"></script>\n</body>\n</html>\n'
    )


def _tags_html(s: Story) -> str:
    if not s.opts.get("tags"):
        return ""
    links = " ".join(
        f'<a class="badge badge-info" href="/tin-tuc/?the={t}">{esc(TAGS[t])}</a>' for t in s.opts["tags"]
    )
    return f'<div class="the-bai-viet mt-2"><i class="fa fa-tags"></i> Từ khóa: {links}</div>'


def _article(s: Story, base: str) -> str:
    at: datetime = s.opts["at"]
    meta = (
        f'<p class="text-muted"><small>Ngày đăng: {at:%d/%m/%Y} lúc {at:%H:%M} · Người đăng:'
        f' {s.opts["user"]} · Lượt xem: {views(s)}</small></p>'
    )
    summary = (
        f'<div class="alert alert-secondary" role="alert"><strong>Tóm tắt:</strong> {esc(s.summary)}</div>'
        if s.summary
        else ""
    )
    files = ""
    if s.opts.get("file"):
        href, size = s.opts["file"]
        files = (
            '<div class="tep-dinh-kem"><h6><i class="fa fa-paperclip"></i> Tệp đính kèm</h6><ul>'
            f'<li><a href="{href}" target="_blank">{href.rsplit("/", 1)[1]}</a> ({size // 1024} KB)</li>'
            "</ul></div>"
        )
    info_rows = []
    if s.authors:
        info_rows.append(f"<tr><td>Tác giả:</td><td>{esc(' - '.join(s.authors))}</td></tr>")
    if s.source:
        info_rows.append(f"<tr><td>Nguồn:</td><td>{esc(s.source)}</td></tr>")
    info = (
        '<table class="table table-sm table-borderless thong-tin-bai w-auto"><tbody>'
        + "".join(info_rows)
        + "</tbody></table>"
        if info_rows
        else ""
    )
    url = base + article_path(s)
    share = (
        '<div class="chia-se mt-2">'
        f'<a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}"'
        ' target="_blank">Chia sẻ Facebook</a> '
        f'<a class="btn btn-sm btn-info" href="https://sp.zalo.me/share_inline?u={quote(url, safe="")}" target="_blank">Zalo</a> '
        '<a class="btn btn-sm btn-secondary" href="javascript:window.print()">In bài viết</a></div>'
    )
    others = [o for o in in_cat(s.cat) if o.id != s.id][:5]
    other = (
        '<div class="bai-viet-khac mt-4"><h5 class="border-bottom pb-1">Bài viết khác</h5><ul class="list-unstyled">'
        + "".join(
            f'<li><i class="fa fa-angle-right"></i> <a href="{article_path(o)}">{esc(o.title)}</a>'
            f' <small class="text-muted">({_dmy(o.opts["at"])})</small></li>'
            for o in others
        )
        + "</ul></div>"
        if others
        else ""
    )
    main = (
        '<article class="bai-viet">'
        f'<h1 class="h3 tieu-de">{esc(s.title)}</h1>{meta}{summary}'
        f'<div class="noi-dung">{_content(s)}</div>'
        f"{files}{info}{_tags_html(s)}{share}</article>{other}"
    )
    short = s.title if len(s.title) <= 60 else s.title[:59] + "…"
    crumbs = [("Tin tức", "/tin-tuc/"), (CATS[s.cat], f"/tin-tuc/?chuyen_muc={s.cat}"), (short, None)]
    head = f'<meta name="description" content="{esc(s.summary or s.title)}">\n'
    return _page(s.title, main, crumbs=crumbs, head=head)


def _select(name: str, options: list[tuple[str, str]], current: str, label: str) -> str:
    opts = "".join(
        f'<option value="{esc(v)}"{" selected" if v == current else ""}>{esc(t)}</option>'
        for v, t in options
    )
    return (
        f'<div class="form-group mr-2"><label for="id_{name}" class="mr-1">{label}</label>'
        f'<select name="{name}" class="form-control form-control-sm" id="id_{name}">{opts}</select></div>'
    )


def _not_found() -> Response:
    body = (
        '<!doctype html>\n<html lang="en">\n<head>\n  <title>Not Found</title>\n</head>\n<body>\n'
        "  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>\n"
        "</body>\n</html>\n"
    )
    return html(body, status=404)


def _listing(request: Request) -> Response:
    params = parse_qsl(request.query, keep_blank_values=True)
    get = dict(params)
    cat, year, order, tag = (get.get(k, "") for k in ("chuyen_muc", "nam", "sap_xep", "the"))
    errors = []
    if cat and cat not in CATS:
        errors.append(("chuyen_muc", f"Hãy chọn một lựa chọn hợp lệ. {cat} không phải là một trong những lựa chọn khả dụng."))
    if year and year not in {str(y) for y in YEARS}:
        errors.append(("nam", f"Hãy chọn một lựa chọn hợp lệ. {year} không phải là một trong những lựa chọn khả dụng."))
    if order and order not in ORDERS:
        errors.append(("sap_xep", f"Hãy chọn một lựa chọn hợp lệ. {order} không phải là một trong những lựa chọn khả dụng."))
    if tag and tag not in TAGS:
        errors.append(("the", f"Hãy chọn một lựa chọn hợp lệ. {tag} không phải là một trong những lựa chọn khả dụng."))
    rows: list[Story] = []
    if not errors:
        rows = newest()
        if cat:
            rows = [s for s in rows if s.cat == cat]
        if year:
            rows = [s for s in rows if s.opts["at"].year == int(year)]
        if tag:
            rows = [s for s in rows if tag in s.opts.get("tags", [])]
        if order == "ngay_dang":
            rows = list(reversed(rows))
        elif order == "-luot_xem":
            rows = sorted(rows, key=views, reverse=True)
    pages = _n_pages(len(rows))
    raw_page = get.get("page", "1")
    if raw_page == "last":
        page = pages
    elif raw_page.isdigit() and 1 <= int(raw_page) <= pages:
        page = int(raw_page)
    else:
        return _not_found()
    shown = rows[(page - 1) * PER_PAGE : page * PER_PAGE]
    heading = CATS.get(cat, "Tin tức")
    if tag in TAGS:
        heading += f" - Từ khóa: {TAGS[tag]}"
    if year and not errors:
        heading += f" - Năm {year}"
    form = (
        '<form method="get" action="" class="form-inline bo-loc card card-body bg-light mb-3">'
        + _select("chuyen_muc", [("", "---------"), *CATS.items()], cat, "Chuyên mục")
        + _select("nam", [("", "---------"), *((str(y), str(y)) for y in YEARS)], year, "Năm")
        + _select("sap_xep", [("", "---------"), *ORDERS.items()], order, "Sắp xếp")
        + '<button type="submit" class="btn btn-primary btn-sm">Lọc</button></form>'
    )
    errs = "".join(
        f'<ul class="errorlist"><li>{esc(msg)}</li></ul>' for _, msg in errors
    )
    sorts = " | ".join(
        f'<a href="{esc(_qs(params, sap_xep=v, page=None))}">{lbl}</a>'
        for v, lbl in (("-ngay_dang", "Mới nhất"), ("ngay_dang", "Cũ nhất"), ("-luot_xem", "Xem nhiều"))
    )
    items = "".join(
        '<div class="media mb-3 pb-3 border-bottom">'
        f'<a href="{article_path(s)}"><img class="mr-3" width="160" src="{(s.images[0].src if s.images else "/static/img/no-image.png")}" alt=""></a>'
        f'<div class="media-body"><h5 class="mt-0"><a href="{article_path(s)}">{esc(s.title)}</a></h5>'
        f'<small class="text-muted">{_dmy(s.opts["at"])} | {esc(CATS[s.cat])}</small>'
        f"<p>{esc(_truncate_words(s.summary or _first_text(s), 30))}</p></div></div>"
        for s in shown
    ) or '<p class="text-muted">Chưa có bài viết nào.</p>'
    nav = ['<div class="pagination-wrap text-center"><span class="step-links">']
    if page > 1:
        nav.append(f'<a class="btn btn-sm btn-outline-primary" href="{esc(_qs(params, page="1"))}">« đầu</a> ')
        nav.append(f'<a class="btn btn-sm btn-outline-primary" href="{esc(_qs(params, page=str(page - 1)))}">‹ trước</a> ')
    nav.append(f'<span class="current">Trang {page} / {pages}</span>')
    if page < pages:
        nav.append(f' <a class="btn btn-sm btn-outline-primary" href="{esc(_qs(params, page=str(page + 1)))}">sau ›</a>')
        nav.append(f' <a class="btn btn-sm btn-outline-primary" href="{esc(_qs(params, page=str(pages)))}">cuối »</a>')
    nav.append("</span></div>")
    main = (
        f'<h1 class="h4 tieu-de-trang">{esc(heading)}</h1>{form}{errs}'
        f'<p class="sap-xep small">Sắp xếp: {sorts}</p><div class="danh-sach-tin">{items}</div>{"".join(nav)}'
    )
    crumbs = [("Tin tức", "/tin-tuc/" if cat in CATS else None)]
    if cat in CATS:
        crumbs = [("Tin tức", "/tin-tuc/"), (CATS[cat], None)]
    return html(_page(heading, main, crumbs=crumbs))


def _first_text(s: Story) -> str:
    return next(b.text for b in s.blocks if isinstance(b, P))


def _truncate_words(t: str, n: int) -> str:
    words = t.split()
    return t if len(words) <= n else " ".join(words[:n]) + " …"


def _home() -> str:
    top = newest()
    slides = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="{article_path(s)}?from=home">'
        f'<img class="d-block w-100" src="{s.images[0].src if s.images else "/static/img/no-image.png"}" alt=""></a>'
        f'<div class="carousel-caption d-none d-md-block"><h5>{esc(s.title)}</h5></div></div>'
        for i, s in enumerate([s for s in top if s.images][:3])
    )
    carousel = (
        '<div id="slideTin" class="carousel slide mb-3" data-ride="carousel">'
        f'<div class="carousel-inner">{slides}</div>'
        '<a class="carousel-control-prev" href="#slideTin" role="button" data-slide="prev">'
        '<span class="carousel-control-prev-icon"></span><span class="sr-only">Trước</span></a>'
        '<a class="carousel-control-next" href="#slideTin" role="button" data-slide="next">'
        '<span class="carousel-control-next-icon"></span><span class="sr-only">Sau</span></a></div>'
    )
    cards = "".join(
        '<div class="col-sm-6 mb-3"><div class="card h-100">'
        f'<div class="card-body"><h6 class="card-title"><a href="{article_path(s)}?from=home">{esc(s.title)}</a></h6>'
        f'<p class="card-text small text-muted">{_dmy(s.opts["at"])}</p></div></div></div>'
        for s in [s for s in top if s.cat != "thong-bao"][:4]
    )
    notices = "".join(
        f'<li class="list-group-item"><a href="{article_path(s)}?from=home">{esc(s.title)}</a>'
        f' <span class="badge badge-danger">Mới</span></li>'
        for s in in_cat("thong-bao")[:3]
    )
    main = (
        carousel
        + '<h4 class="tieu-de-khoi">Tin mới</h4>'
        + f'<div class="row">{cards}</div><p class="text-right"><a href="/tin-tuc/">Xem tất cả tin »</a></p>'
        + '<div class="card mb-3"><div class="card-header bg-danger text-white">Thông báo</div>'
        + f'<ul class="list-group list-group-flush">{notices}</ul></div>'
    )
    return _page("Trang chủ", main)


def _flatpage(path: str) -> str:
    title, paras = FLATPAGES[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    return _page(title, f'<h1 class="h3">{esc(title)}</h1><div class="flatpage">{body}</div>',
                 crumbs=[("Giới thiệu", None)])  # fmt: skip


def _contact() -> str:
    form = (
        '<form method="post" action="/lien-he/">'
        f'<input type="hidden" name="csrfmiddlewaretoken" value="{CSRF}">'
        '<div class="form-group"><label for="id_ho_ten">Họ và tên:</label>'
        '<input type="text" name="ho_ten" maxlength="100" class="form-control" required id="id_ho_ten"></div>'
        '<div class="form-group"><label for="id_email">Email:</label>'
        '<input type="email" name="email" maxlength="254" class="form-control" required id="id_email"></div>'
        '<div class="form-group"><label for="id_noi_dung">Nội dung:</label>'
        '<textarea name="noi_dung" cols="40" rows="6" class="form-control" required id="id_noi_dung"></textarea></div>'
        '<button type="submit" class="btn btn-primary">Gửi liên hệ</button></form>'
    )
    main = (
        '<h1 class="h3">Liên hệ</h1>'
        f"<p><strong>{esc(SITE)}</strong><br>Địa chỉ: {esc(ADDRESS)}<br>Điện thoại: {HOTLINE}"
        f"<br>Email: {EMAIL}</p>{form}"
    )
    return _page("Liên hệ", main, crumbs=[("Liên hệ", None)])


def _docs_list() -> str:
    rows = "".join(
        f'<tr><td><a href="/van-ban/{d.id}/">{esc(d.number)}</a></td><td>{_dmy(d.issued)}</td>'
        f"<td>{esc(d.kind)}</td><td>{esc(d.abstract)}</td></tr>"
        for d in sorted(DOCS, key=lambda d: d.issued, reverse=True)
    )
    main = (
        '<h1 class="h4">Văn bản</h1><table class="table table-bordered table-hover table-sm">'
        "<thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Loại</th><th>Trích yếu</th></tr></thead>"
        f'<tbody>{rows}</tbody></table><div class="text-center"><span class="current">Trang 1 / 1</span></div>'
    )
    return _page("Văn bản", main, crumbs=[("Văn bản", None)])


def _doc(d: Doc) -> str:
    fields = [
        ("Số ký hiệu", esc(d.number)),
        ("Ngày ban hành", _dmy(d.issued)),
        ("Loại văn bản", esc(d.kind)),
        ("Cơ quan ban hành", "Phòng Giáo dục và Đào tạo"),
        ("Người ký", esc(d.signer)),
        ("Trích yếu", esc(d.abstract)),
        ("Tệp văn bản", f'<a href="{d.file}" target="_blank">{d.file.rsplit("/", 1)[1]}</a>'),
    ]
    rows = "".join(f'<tr><th class="w-25">{k}</th><td>{v}</td></tr>' for k, v in fields)
    main = (
        f'<h1 class="h4">Văn bản số {esc(d.number)}</h1>'
        f'<table class="table table-bordered chi-tiet-van-ban">{rows}</table>'
        '<p><a href="/van-ban/">« Quay lại danh sách văn bản</a></p>'
    )
    return _page(d.number, main, crumbs=[("Văn bản", "/van-ban/"), (d.number, None)])


ALBUM = [
    (f"{UP}/album/2026/11/gap-mat-20-11-a.jpg", "Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam"),
    (f"{UP}/album/2026/10/hkpd-a.jpg", "Hội khỏe Phù Đổng huyện lần thứ XII"),
    (f"{UP}/album/2026/09/khai-giang-a.jpg", "Khai giảng năm học 2026 - 2027"),
    (f"{UP}/album/2026/08/tap-huan-he-a.jpg", "Tập huấn hè cho giáo viên"),
]


def _album() -> str:
    cells = "".join(
        f'<div class="col-6 col-md-4 mb-3"><a href="{src}" data-lightbox="album"><img class="img-thumbnail"'
        f' src="{src}" alt=""></a><p class="small text-center">{esc(c)}</p></div>'
        for src, c in ALBUM
    )
    return _page("Thư viện ảnh", f'<h1 class="h4">Thư viện ảnh</h1><div class="row">{cells}</div>',
                 crumbs=[("Thư viện ảnh", None)])  # fmt: skip


def _week_start(year: int, week: int) -> date:
    return date.fromisocalendar(year, week, 1)


def _schedule(params: dict[str, str]) -> str:
    try:
        week = int(params.get("tuan", THIS_WEEK.week))
        year = int(params.get("nam", THIS_WEEK.year))
        monday = _week_start(year, week)
    except ValueError:
        week, year = THIS_WEEK.week, THIS_WEEK.year
        monday = _week_start(year, week)
    prev = (monday - timedelta(days=7)).isocalendar()
    nxt = (monday + timedelta(days=7)).isocalendar()
    current = (year, week) == (THIS_WEEK.year, THIS_WEEK.week)
    rows = "".join(
        f"<tr><td>{wd}<br><small>{_dmy(monday + timedelta(days=i))}</small></td>"
        f"<td>{esc(item) if current else 'Chưa có lịch.'}</td></tr>"
        for i, (wd, item) in enumerate(WEEK_ITEMS)
    )
    main = (
        f'<h1 class="h4">Lịch công tác tuần {week} năm {year}</h1>'
        f'<p class="text-muted">Từ ngày {_dmy(monday)} đến ngày {_dmy(monday + timedelta(days=6))}</p>'
        '<div class="d-flex justify-content-between mb-2">'
        f'<a class="btn btn-sm btn-outline-secondary" href="?tuan={prev.week}&amp;nam={prev.year}">‹ Tuần trước</a>'
        f'<a class="btn btn-sm btn-outline-secondary" href="?tuan={nxt.week}&amp;nam={nxt.year}">Tuần sau ›</a></div>'
        f'<table class="table table-bordered lich-tuan"><thead><tr><th>Ngày</th><th>Nội dung</th></tr></thead><tbody>{rows}</tbody></table>'
    )
    return _page(f"Lịch công tác tuần {week}", main, crumbs=[("Lịch công tác", None)])


def _login() -> str:
    form = (
        '<form method="post" action="/accounts/login/">'
        f'<input type="hidden" name="csrfmiddlewaretoken" value="{CSRF}">'
        '<div class="form-group"><label for="id_username">Tên đăng nhập:</label>'
        '<input type="text" name="username" autofocus autocapitalize="none" maxlength="150" class="form-control" required id="id_username"></div>'
        '<div class="form-group"><label for="id_password">Mật khẩu:</label>'
        '<input type="password" name="password" class="form-control" required id="id_password"></div>'
        '<input type="hidden" name="next" value="/">'
        '<button type="submit" class="btn btn-primary">Đăng nhập</button></form>'
    )
    return _page("Đăng nhập", f'<h1 class="h4">Đăng nhập</h1>{form}', crumbs=[("Đăng nhập", None)], sidebar=False)


def _admin_login() -> str:
    return (
        '<!DOCTYPE html>\n<html lang="vi" dir="ltr">\n<head>\n<title>Đăng nhập | Trang web quản trị Django</title>\n'
        '<link rel="stylesheet" href="/static/admin/css/base.css">\n'
        '<link rel="stylesheet" href="/static/admin/css/login.css">\n'
        '<meta name="robots" content="NONE,NOARCHIVE">\n</head>\n<body class=" login" data-admin-utc-offset="25200">\n'
        '<div id="container"><div id="header"><div id="branding">'
        '<h1 id="site-name"><a href="/admin/">Quản trị Django</a></h1></div></div>'
        '<div id="content" class="colM"><div id="content-main">'
        '<form action="/admin/login/?next=/admin/" method="post" id="login-form">'
        f'<input type="hidden" name="csrfmiddlewaretoken" value="{CSRF}">'
        '<div class="form-row"><label class="required" for="id_username">Tên đăng nhập:</label>'
        '<input type="text" name="username" autofocus autocapitalize="none" autocomplete="username" maxlength="150" required id="id_username"></div>'
        '<div class="form-row"><label class="required" for="id_password">Mật khẩu:</label>'
        '<input type="password" name="password" autocomplete="current-password" required id="id_password">'
        '<input type="hidden" name="next" value="/admin/"></div>'
        '<div class="submit-row"><input type="submit" value="Đăng nhập"></div></form></div></div>'
        '<div id="footer"></div></div>\n</body>\n</html>\n'
    )


def _search(q: str) -> str:
    hits = [s for s in newest() if q and q.lower() in s.title.lower()] if q else []
    rows = "".join(f'<li><a href="{article_path(s)}">{esc(s.title)}</a></li>' for s in hits)
    msg = f"<p>Tìm thấy {len(hits)} kết quả cho “{esc(q)}”.</p>" if q else "<p>Nhập từ khóa để tìm kiếm.</p>"
    return _page("Tìm kiếm", f'<h1 class="h4">Tìm kiếm</h1>{msg}<ul>{rows}</ul>', crumbs=[("Tìm kiếm", None)])


def _rss(base: str) -> str:
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{article_path(s)}</link>"
        f"<description>{esc(s.summary or _truncate_words(_first_text(s), 40))}</description>"
        f"<pubDate>{s.opts['at']:%a, %d %b %Y %H:%M:%S} +0700</pubDate>"
        f"<guid>{base}{article_path(s)}</guid></item>"
        for s in newest()[:10]
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">'
        f"<channel><title>Tin tức - {esc(SITE)}</title><link>{base}/tin-tuc/</link>"
        "<description>Tin tức mới nhất của Phòng GD&amp;ĐT huyện Hàm Yên</description>"
        f'<atom:link href="{base}/tin-tuc/rss/" rel="self"></atom:link><language>vi</language>'
        f"<lastBuildDate>{newest()[0].opts['at']:%a, %d %b %Y %H:%M:%S} +0700</lastBuildDate>{items}</channel></rss>"
    )


_FILES = {s.opts["file"][0] for s in STORIES if s.opts.get("file")} | {d.file for d in DOCS}


class DjangoPgdSite:
    def _route(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path == "/":
            return html(_home())
        if path == "/tin-tuc/":
            return _listing(request)
        if path == "/tin-tuc/rss/":
            return Response(200, _rss(base_url(request)), {"Content-Type": "application/rss+xml; charset=utf-8"})
        if m := re.fullmatch(r"/tin-tuc/([-a-zA-Z0-9_]+)/", path):
            s = _BY_SLUG.get(m.group(1))
            return html(_article(s, base_url(request))) if s else None
        if path in FLATPAGES:
            return html(_flatpage(path))
        if path == "/lien-he/":
            return html(_contact())
        if path == "/van-ban/":
            return html(_docs_list())
        if m := re.fullmatch(r"/van-ban/(\d+)/", path):
            d = _DOC_BY_ID.get(int(m.group(1)))
            return html(_doc(d)) if d else None
        if path == "/thu-vien-anh/":
            return html(_album())
        if path == "/lich-cong-tac/":
            return html(_schedule(params))
        if path == "/tim-kiem/":
            return html(_search(params.get("q", "")))
        if path == "/accounts/login/":
            return html(_login())
        if path == "/admin/":
            return redirect("/admin/login/?next=/admin/")
        if path == "/admin/login/":
            return html(_admin_login())
        return None

    def respond(self, request: Request) -> Response:
        path = request.path
        if path.endswith(".pdf"):
            if path in _FILES:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return _not_found()
        if path.startswith(("/static/", "/media/")) or path == "/favicon.ico":
            return static_file(path) or _not_found()
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow: /admin/\nDisallow: /accounts/\n",
                            {"Content-Type": "text/plain"})  # fmt: skip
        answer = self._route(request)
        if answer is not None:
            return answer
        if not path.endswith("/"):
            probe = Request(request.method, path + "/", request.query, request.headers, request.body)
            if self._route(probe) is not None:
                return redirect(path + "/" + (f"?{request.query}" if request.query else ""), 301)
        return _not_found()


def build_site() -> DjangoPgdSite:
    return DjangoPgdSite()
