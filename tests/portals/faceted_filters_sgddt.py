"""Sở GD&ĐT Kon Tum on a Django-based vendor portal ("Cổng thông tin điện tử ngành giáo dục"), whose
news section is one search-and-filter view with a faceted sidebar: a crawler trap of many addresses
for the same results.

Platform
--------
A local vendor's Django 4.x project (``django.contrib.humanize`` numbers "1.254", Django's
``Paginator.get_page``, ``APPEND_SLASH``, ``csrfmiddlewaretoken`` in the POST forms, media under
``/media/``, static files under ``/static/``). Templates use Vietnamese BEM-like class names:
``tin-bai`` (article), ``loc-tin`` (the filter sidebar), ``ket-qua`` (the result list),
``khoi-ben`` (side widgets). The header prints the day the page is served: "Thứ Sáu, 04/12/2026".

URL scheme
----------
- ``/``: home. "Tin mới nhất": the latest 6 articles, then a "Xem tất cả tin bài" link to
  ``/tin-bai/``. The main menu: Trang chủ, Giới thiệu, Tin bài, the 4 categories
  (``/tin-bai/?chuyen_muc=<slug>``), Văn bản, Liên hệ.
- ``/tin-bai/``: the news search-and-filter page (class ``loc-tin`` sidebar, ``ket-qua`` list).
  GET parameters, all optional and combinable:
  ``tu_khoa`` (search box), ``chuyen_muc=<slug>`` (4 categories), ``nam=2024|2025|2026``,
  ``thang=1..12``, ``loai=tin|thong-bao``, ``sap_xep=moi|cu|xem`` (newest, oldest, most read;
  default newest), ``hien_thi=ds|luoi`` (list or grid), ``so_tin=10|20|50`` (a GET form with a
  select, "Số tin mỗi trang"; default 10), ``trang=<n>`` (the pager).
  Every facet link is a plain ``<a href>`` that keeps all the other parameters (it drops only
  ``trang``); each facet value prints its count; "Tất cả" links remove a facet. The pager
  ("Đầu", "Trước", numbers, "Sau", "Cuối") keeps every parameter too.
  Django's ``get_page``: ``trang`` that is not a number shows page 1, a page past the end shows
  the last page (no 404), so ``?trang=99`` repeats page 2.
  An empty combination prints "Không tìm thấy tin bài nào." (status 200).
- ``/tin-bai/<slug>-<id>/``: an article. Without the final slash: 301 to it (APPEND_SLASH).
  The view looks the article up by id: a wrong slug answers 301 to the right address.
- ``/gioi-thieu/``, ``/lien-he/`` (contact form, POST with csrf token): static pages.
- ``/van-ban/``: the documents list (number, date, abstract, PDF); ``/van-ban/<id>/`` a document
  entry (number, date issued, signer, abstract, PDF link), ``/media/van-ban/<file>.pdf``.
- ``/media/uploads/2026/<mm>/<file>.jpg`` photos, ``/media/thumbs/…`` list thumbnails,
  ``/static/…`` theme files.
- No robots.txt, no sitemap (404).

Article template
----------------
Breadcrumb "Trang chủ » Tin bài » <Chuyên mục>", ``<h1 class="tin-bai__tieu-de">``, the meta line
"Ngày đăng: 18/11/2026 08:30 | Lượt xem: 300" plus a category label, the sapo in its own
``<div class="tin-bai__sapo"><strong>`` (on most articles), the CKEditor body
(``tin-bai__noi-dung``) with ``<figure class="image"><img><figcaption>`` photos (some photos
without figcaption, one older article with a centred italic line instead), a byline either
inside the body (right-aligned bold last paragraph) or in the "Tác giả:" field under it
(``tin-bai__tac-gia``), tags ("Từ khóa"), the tool bar (In bài, Gửi email, Facebook, Zalo),
"Tin liên quan" (same category), and the side widgets.

How each gold article is reached
--------------------------------
The 13 articles (5 Sep - 27 Nov 2026): the 6 newest on the home page; all from ``/tin-bai/``
(newest first, 10 per page, the 3 oldest only on ``/tin-bai/?trang=2``); each from its
category's ``/tin-bai/?chuyen_muc=<slug>`` (menu); and from the "Tin liên quan" lists and the
"Đọc nhiều" widget (the 5 most read, on every page).

Traps
-----
- THE FACET SPACE: 4 categories x 3 years x 12 months x 2 types x 3 orders x 2 views x 3 page
  sizes x pages: every listing links to ~35 other filter URLs, each of those to ~35 more; a
  crawler that follows them walks hundreds of listings (most of them empty, "Không tìm thấy tin
  bài nào.", or repeating the default list in another order/markup) for 13 articles. Two levels
  from ``/tin-bai/`` already give more than 200 distinct filter URLs.
- ``?sap_xep=moi``, ``?nam=2026``, ``?hien_thi=ds``, ``?so_tin=10`` and ``?trang=1`` show what
  ``/tin-bai/`` shows; ``?trang=99`` shows page 2; ``?so_tin=20`` shows all 13 on one page.
- Listings print the date, a thumbnail and an excerpt of each article: not articles.
- ``/tin-bai/?chuyen_muc=thong-bao`` lists the "Thông báo" category: a listing, not an article.
- Document entries (``/van-ban/<id>/``) print a number, a date and a text: not news articles.
- The header prints today ("Thứ Sáu, 04/12/2026"), never a publication date.
- "Lượt xem" beside the date; the "Đọc nhiều" widget and "Tin liên quan" print dates of other
  articles.

Gold decisions
--------------
- title: the h1. published_at: "Ngày đăng: dd/mm/yyyy HH:MM" -> "yyyy-mm-ddTHH:MM:00+07:00".
- authors: "Y Hiên - Phòng GDTrH" -> "Y Hiên" (the office after the dash is not the name);
  "ThS. Lê Thị Kim Oanh - Phòng TCCB" -> "Lê Thị Kim Oanh"; "Tác giả: Văn phòng Sở" -> the unit
  "Văn phòng Sở"; "Tin, ảnh: A Thuấn" -> author and photographer; "Tin: X; Ảnh: Y"; "Tác giả:
  BBT" credits nobody; a source line "Nguồn: Báo Kon Tum" / "Theo Báo Giáo dục và Thời đại"
  gives the source.
- summary: the bold ``tin-bai__sapo`` (it is also the first body paragraph); none where absent.
- body: headings, list items, table rows (cells joined by " | "), quotes; a ``<br>`` splits a
  paragraph in two. Not: captions, byline, source line, tags, tools, related list.
- images: the body's photos in order; caption = the figcaption (or the italic centred line);
  a photo without a line has caption None. Thumbnails, logo, banners are not article images.
- category: the breadcrumb's last section (the category's display name).
"""

from __future__ import annotations

import math
import re
from urllib.parse import urlencode

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "faceted_filters_sgddt"
PLATFORM = "Django 4.x vendor portal (faceted news search-and-filter view, GET facets)"
START_PATH = "/"

SITE_TITLE = "Sở Giáo dục và Đào tạo tỉnh Kon Tum"
HEADER_TODAY = "Thứ Sáu, 04/12/2026"

CATEGORIES = {
    "tin-giao-duc": "Tin giáo dục",
    "chi-dao-dieu-hanh": "Chỉ đạo điều hành",
    "thi-dua-khen-thuong": "Thi đua - Khen thưởng",
    "thong-bao": "Thông báo",
}
TYPES = {"tin": "Tin tức", "thong-bao": "Thông báo"}
SORTS = {"moi": "Mới nhất", "cu": "Cũ nhất", "xem": "Xem nhiều nhất"}
VIEWS_MODES = {"ds": "Xem dạng danh sách", "luoi": "Xem dạng lưới"}
PAGE_SIZES = (10, 20, 50)
YEARS = (2026, 2025, 2024)
PER_PAGE = 10


def media(month: int, name: str) -> str:
    return f"/media/uploads/2026/{month:02d}/{name}"


# --- the articles (newest first) ------------------------------------------------------------
#
# opts: id (the database id in the URL), time ("HH:MM" printed after the date), views, loai
# ("tin" | "thong-bao"), tags, byline_field (printed as "Tác giả: …" under the body).
# P styles: "" paragraph, "h3" sub-heading, "li"/"oli" list items, "tr" table row (cells " | "),
# "th" table header row, "quote", "br" (joined to the next P by <br> in one <p>).
# Img styles: "fig" (figure + figcaption), "nocap" (figure, no line), "em" (centred italic line).

STORIES: list[Story] = [
    Story(
        1,
        "kon-tum-tuyen-duong-120-nha-giao-tieu-bieu-nam-2026",
        "Kon Tum tuyên dương 120 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "thi-dua-khen-thuong",
        "2026-11-27T09:15:00+07:00",
        [
            P(
                "Tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những đóng góp của đội ngũ "
                "hơn 14.000 cán bộ, giáo viên, nhân viên toàn ngành, đặc biệt là các thầy cô đang công "
                "tác tại các điểm trường vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số."
            ),
            Img(
                media(11, "le-tuyen-duong-nha-giao-1.jpg"),
                "Lãnh đạo UBND tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo UBND tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "fig",
            ),
            P(
                "Năm học 2025-2026, toàn tỉnh có 38 học sinh đạt giải học sinh giỏi quốc gia, tăng 9 "
                "giải so với năm học trước; tỷ lệ tốt nghiệp THPT đạt 98,7%. Tỷ lệ huy động trẻ 5 tuổi "
                "ra lớp đạt 99,9%, duy trì vững chắc kết quả phổ cập giáo dục ở tất cả các xã, phường."
            ),
            P(
                "Phát biểu tại buổi lễ, cô giáo Y Blông, Trường Tiểu học xã Đăk Na, huyện Tu Mơ Rông, "
                "chia sẻ:"
            ),
            P(
                "“Mỗi buổi sáng đến lớp, được thấy các em có mặt đầy đủ là niềm vui lớn nhất của chúng "
                "tôi. Phần thưởng hôm nay là động lực để tôi tiếp tục gắn bó với học trò vùng cao.”",
                "quote",
            ),
            Img(
                media(11, "le-tuyen-duong-nha-giao-2.jpg"),
                "Các nhà giáo tiêu biểu chụp ảnh lưu niệm cùng lãnh đạo tỉnh",
                "Các nhà giáo tiêu biểu chụp ảnh lưu niệm cùng lãnh đạo tỉnh",
                "fig",
            ),
            P(
                "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 120 nhà giáo tiêu biểu; Giám đốc Sở "
                "GD&ĐT tặng Giấy khen cho 35 tập thể có thành tích xuất sắc trong phong trào thi đua "
                "“Đổi mới, sáng tạo trong dạy và học”."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: A Thuấn</strong></p>'),
        ],
        authors=["A Thuấn"],
        photographers=["A Thuấn"],
        summary=(
            "Sáng 27/11, Sở GD&ĐT tỉnh Kon Tum tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026) và tuyên dương 120 nhà giáo tiêu biểu năm học 2025-2026."
        ),
        sapo_outside=True,
        opts={"id": 1496, "time": "09:15", "views": 412, "loai": "tin", "tags": ["Nhà giáo", "Thi đua"]},
    ),
    Story(
        2,
        "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
        "Thông báo tuyển dụng viên chức giáo dục năm 2026 (đợt 2)",
        "thong-bao",
        "2026-11-25T14:00:00+07:00",
        [
            P(
                "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển "
                "dụng, sử dụng và quản lý viên chức; căn cứ Kế hoạch số 4185/KH-SGDĐT ngày 10/11/2026 "
                "của Sở GD&ĐT, Sở GD&ĐT tỉnh Kon Tum thông báo tuyển dụng viên chức năm 2026 (đợt 2) "
                "như sau:"
            ),
            P("1. Chỉ tiêu tuyển dụng", "h3"),
            P("Vị trí tuyển | Chỉ tiêu | Đơn vị", "th"),
            P("Giáo viên Toán THPT | 6 | Các trường THPT khu vực Ngọc Hồi, Đăk Tô", "tr"),
            P("Giáo viên Tiếng Anh THPT | 5 | Các trường THPT khu vực Kon Plông, Kon Rẫy", "tr"),
            P("Giáo viên Tin học THPT | 4 | Trường PTDTNT tỉnh và các trường THPT", "tr"),
            P("2. Hồ sơ đăng ký dự tuyển", "h3"),
            P("Phiếu đăng ký dự tuyển theo mẫu ban hành kèm theo Nghị định số 85/2023/NĐ-CP.", "li"),
            P("Bản sao văn bằng, chứng chỉ và kết quả học tập theo yêu cầu của vị trí dự tuyển.", "li"),
            P("Giấy chứng nhận thuộc đối tượng ưu tiên (nếu có).", "li"),
            P("3. Thời gian và địa điểm nhận hồ sơ", "h3"),
            P(
                "Từ ngày 01/12/2026 đến hết ngày 30/12/2026 (trong giờ hành chính), tại Văn phòng Sở "
                "GD&ĐT tỉnh Kon Tum, số 38 Trần Phú, TP Kon Tum. Điện thoại liên hệ: 0260 3862 395."
            ),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "id": 1494,
            "time": "14:00",
            "views": 1873,
            "loai": "thong-bao",
            "tags": ["Tuyển dụng"],
            "byline_field": "Văn phòng Sở",
        },
    ),
    Story(
        3,
        "hoi-nghi-giao-ban-giao-duc-trung-hoc-thang-11-2026",
        "Hội nghị giao ban công tác giáo dục trung học tháng 11/2026",
        "chi-dao-dieu-hanh",
        "2026-11-20T16:45:00+07:00",
        [
            P(
                "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới 10 điểm cầu "
                "phòng GD&ĐT các huyện, thành phố, với sự tham dự của hơn 250 cán bộ quản lý các "
                "trường THCS, THPT, PTDTNT trên địa bàn tỉnh."
            ),
            Img(media(11, "giao-ban-trung-hoc-t11.jpg"), None, None, "nocap"),
            P("Kết quả nổi bật tháng 11", "h3"),
            P(
                "Các trường hoàn thành kiểm tra giữa học kỳ I đúng kế hoạch; 100% đề kiểm tra được xây "
                "dựng theo ma trận, bản đặc tả đáp ứng yêu cầu của Chương trình GDPT 2018."
            ),
            P(
                "Công tác bồi dưỡng học sinh giỏi lớp 12 được triển khai sớm, với 24 đội tuyển ở 12 "
                "môn chuẩn bị cho kỳ thi cấp tỉnh."
            ),
            P("Nhiệm vụ trọng tâm tháng 12", "h3"),
            P("Tổ chức kiểm tra cuối học kỳ I từ ngày 21/12/2026 đến 31/12/2026.", "li"),
            P("Rà soát, báo cáo số học sinh có nguy cơ bỏ học trước ngày 15/12/2026.", "li"),
            P("Hoàn thành sinh hoạt chuyên môn theo nghiên cứu bài học ở tất cả các tổ bộ môn.", "li"),
            P(
                "Kết luận hội nghị, Phó Giám đốc Sở Trần Văn Hùng yêu cầu các đơn vị tập trung nâng cao "
                "chất lượng dạy học các môn thi tốt nghiệp, quan tâm học sinh các trường vùng khó."
            ),
            Raw('<p style="text-align: right;"><strong>Y Hiên - Phòng GDTrH</strong></p>'),
        ],
        authors=["Y Hiên"],
        summary=(
            "Chiều 20/11, Sở GD&ĐT tổ chức hội nghị giao ban công tác giáo dục trung học tháng "
            "11/2026, đánh giá kết quả thực hiện nhiệm vụ và triển khai công tác tháng 12."
        ),
        sapo_outside=True,
        opts={"id": 1489, "time": "16:45", "views": 300, "loai": "tin", "tags": ["Giáo dục trung học"]},
    ),
    Story(
        4,
        "trien-khai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh-nam-hoc-2026-2027",
        "Triển khai Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026-2027",
        "tin-giao-duc",
        "2026-11-18T08:30:00+07:00",
        [
            P(
                "Cuộc thi nhằm khuyến khích học sinh trung học nghiên cứu, sáng tạo khoa học, công nghệ, "
                "kỹ thuật và vận dụng kiến thức đã học vào giải quyết những vấn đề thực tiễn cuộc sống; "
                "đồng thời góp phần đổi mới hình thức tổ chức dạy học và kiểm tra, đánh giá."
            ),
            P(
                "Đối tượng dự thi là học sinh từ lớp 8 đến lớp 12 các trường THCS, THPT, PTDTNT và trung "
                "tâm GDNN-GDTX trên địa bàn tỉnh. Mỗi dự án có không quá 2 học sinh và 1 người hướng dẫn."
            ),
            P(
                "Các lĩnh vực dự thi gồm 22 lĩnh vực theo quy định của Bộ GD&ĐT, trong đó có khoa học xã "
                "hội và hành vi, hệ thống nhúng, phần mềm hệ thống, kỹ thuật môi trường, "
                "nông nghiệp và khoa học thực vật."
            ),
            Img(
                media(11, "khkt-2025-trien-lam.jpg"),
                "Học sinh giới thiệu dự án tại Cuộc thi KHKT cấp tỉnh năm học trước",
                "Học sinh giới thiệu dự án tại Cuộc thi KHKT cấp tỉnh năm học trước",
                "fig",
            ),
            P(
                "Hồ sơ dự thi gửi về Sở GD&ĐT (qua Phòng Giáo dục Trung học) trước ngày 10/01/2027. Vòng "
                "chung kết dự kiến tổ chức trong tháng 02/2027 tại Trường THPT chuyên Nguyễn Tất Thành."
            ),
            P(
                "Sở đề nghị thủ trưởng các đơn vị quan tâm chỉ đạo, tạo điều kiện về thời gian, kinh phí "
                "cho giáo viên hướng dẫn và học sinh tham gia nghiên cứu."
            ),
            Raw("<p><em>Theo Báo Giáo dục và Thời đại</em></p>"),
        ],
        source="Báo Giáo dục và Thời đại",
        summary=(
            "Sở GD&ĐT Kon Tum vừa ban hành kế hoạch tổ chức Cuộc thi Khoa học kỹ thuật (KHKT) cấp "
            "tỉnh dành cho học sinh trung học năm học 2026-2027."
        ),
        sapo_outside=True,
        opts={"id": 1485, "time": "08:30", "views": 566, "loai": "tin", "tags": ["KHKT", "Học sinh"]},
    ),
    Story(
        5,
        "ket-qua-hoi-thi-giao-vien-day-gioi-cap-tinh-cap-thcs",
        "Kết quả Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS năm học 2026-2027",
        "thi-dua-khen-thuong",
        "2026-11-14T10:20:00+07:00",
        [
            P(
                "Sau 5 ngày tranh tài (từ 09/11 đến 13/11/2026), Hội thi giáo viên dạy giỏi cấp tỉnh cấp "
                "THCS năm học 2026-2027 đã thành công tốt đẹp. 112 giáo viên của 10 huyện, thành phố "
                "tham gia với các phần thi: trình bày biện pháp nâng cao chất lượng giảng dạy và dạy "
                "thực hành 2 tiết trên lớp."
            ),
            P(
                "Ban Tổ chức công nhận 86 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh. Kết quả "
                "xếp loại theo đơn vị như sau:"
            ),
            P("Đơn vị | Số dự thi | Số đạt | Tỷ lệ", "th"),
            P("Thành phố Kon Tum | 24 | 21 | 87,5%", "tr"),
            P("Huyện Đăk Hà | 14 | 11 | 78,6%", "tr"),
            P("Huyện Ngọc Hồi | 12 | 9 | 75,0%", "tr"),
            P("Huyện Đăk Tô | 11 | 8 | 72,7%", "tr"),
            P("Các huyện còn lại | 51 | 37 | 72,5%", "tr"),
            P(
                "Sở GD&ĐT sẽ cấp giấy chứng nhận cho giáo viên đạt danh hiệu và tặng Giấy khen cho các "
                "giáo viên có tiết dạy đạt điểm cao nhất ở từng môn."
            ),
        ],
        authors=["Phòng Giáo dục Trung học"],
        opts={
            "id": 1481,
            "time": "10:20",
            "views": 958,
            "loai": "tin",
            "tags": ["Giáo viên dạy giỏi", "THCS"],
            "byline_field": "Phòng Giáo dục Trung học",
        },
    ),
    Story(
        6,
        "thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
        "Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
        "thong-bao",
        "2026-11-10T07:30:00+07:00",
        [
            P(
                "Sở GD&ĐT thông báo lịch tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học "
                "2026-2027 như sau:"
            ),
            P("Ngày 08/01/2027: khai mạc, làm thủ tục dự thi tại Hội đồng thi.", "oli"),
            P("Ngày 09/01/2027: thi các môn Toán, Vật lí, Hóa học, Sinh học, Tin học.", "oli"),
            P("Ngày 10/01/2027: thi các môn Ngữ văn, Lịch sử, Địa lí, Tiếng Anh.", "oli"),
            P(
                "Các đơn vị gửi danh sách thí sinh dự thi qua hệ thống quản lý thi trước ngày "
                "20/12/2026."
            ),
            P("Mọi chi tiết liên hệ Phòng Quản lý chất lượng, điện thoại: 0260 3913 569."),
        ],
        opts={
            "id": 1477,
            "time": "07:30",
            "views": 1204,
            "loai": "thong-bao",
            "tags": ["Học sinh giỏi"],
            "byline_field": "BBT",
        },
    ),
    Story(
        7,
        "tang-cuong-phong-chong-dich-benh-mua-mua-trong-truong-hoc",
        "Sở GD&ĐT chỉ đạo tăng cường công tác phòng, chống dịch bệnh mùa mưa trong trường học",
        "chi-dao-dieu-hanh",
        "2026-11-05T15:10:00+07:00",
        [
            P(
                "Để chủ động phòng, chống sốt xuất huyết, tay chân miệng và các bệnh truyền nhiễm khác "
                "trong mùa mưa, Giám đốc Sở GD&ĐT yêu cầu thủ trưởng các đơn vị trường học, phòng GD&ĐT "
                "các huyện, thành phố thực hiện tốt một số nội dung sau:"
            ),
            P(
                "Tổ chức vệ sinh trường lớp, khơi thông cống rãnh, loại bỏ các vật dụng chứa nước đọng "
                "quanh khu vực trường học, khu nội trú, bán trú.",
                "li",
            ),
            P(
                "Phối hợp với trạm y tế xã, phường theo dõi sức khỏe học sinh; phát hiện sớm và thông "
                "báo kịp thời các trường hợp nghi mắc bệnh.",
                "li",
            ),
            P(
                "Bảo đảm an toàn thực phẩm trong bữa ăn bán trú; nước uống cho học sinh phải được đun "
                "sôi hoặc có nguồn gốc rõ ràng.",
                "li",
            ),
            P(
                "Các đơn vị báo cáo tình hình dịch bệnh (nếu có) về Sở qua Văn phòng Sở trước 15 giờ "
                "thứ Sáu hằng tuần.",
                "br",
            ),
            P("Nhận được văn bản này, đề nghị các đơn vị nghiêm túc triển khai thực hiện."),
        ],
        authors=["Văn phòng Sở"],
        summary=(
            "Sở GD&ĐT vừa có Công văn số 4012/SGDĐT-VP chỉ đạo các đơn vị trường học tăng cường công "
            "tác phòng, chống dịch bệnh trong mùa mưa năm 2026."
        ),
        sapo_outside=True,
        opts={
            "id": 1472,
            "time": "15:10",
            "views": 233,
            "loai": "thong-bao",
            "tags": ["Y tế trường học"],
            "byline_field": "Văn phòng Sở",
        },
    ),
    Story(
        8,
        "ngay-hoi-doc-sach-tai-truong-tieu-hoc-nguyen-van-troi",
        "Ngày hội đọc sách tại Trường Tiểu học Nguyễn Văn Trỗi, TP Kon Tum",
        "tin-giao-duc",
        "2026-10-30T11:05:00+07:00",
        [
            P(
                "Ngày hội có sự tham gia của gần 900 học sinh từ lớp 1 đến lớp 5 cùng đông đảo phụ huynh. "
                "Các lớp trang trí gian sách theo chủ đề “Quê hương em”, giới thiệu những cuốn sách hay "
                "về Tây Nguyên và các dân tộc anh em."
            ),
            Img(media(10, "ngay-hoi-doc-sach-1.jpg"), None, None, "nocap"),
            P(
                "Bên cạnh các gian trưng bày, học sinh được tham gia thi kể chuyện theo sách, vẽ tranh "
                "bìa sách, đố vui về các tác phẩm văn học thiếu nhi. Thư viện xanh dưới tán cây bàng "
                "được khai trương với hơn 1.200 đầu sách do phụ huynh và các nhà hảo tâm ủng hộ.",
                "br",
            ),
            P(
                "Em Nguyễn Gia Hân, lớp 4A, chia sẻ em thích nhất góc đọc ngoài trời vì có thể vừa đọc "
                "sách vừa trò chuyện cùng bạn bè."
            ),
            Img(
                media(10, "ngay-hoi-doc-sach-2.jpg"),
                "Học sinh đọc sách tại thư viện xanh của nhà trường",
                "Học sinh đọc sách tại thư viện xanh của nhà trường",
                "fig",
            ),
            P(
                "Theo cô Hiệu trưởng Lê Thị Mai, ngày hội là hoạt động thường niên nhằm xây dựng văn hóa "
                "đọc, hình thành thói quen đọc sách cho học sinh ngay từ những năm đầu tiểu học."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Nguyễn Thị Thu Hà; '
                "Ảnh: Trần Văn Long</strong></p>"
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Trần Văn Long"],
        summary=(
            "Sáng 29/10, Trường Tiểu học Nguyễn Văn Trỗi (TP Kon Tum) tổ chức Ngày hội đọc sách năm "
            "2026 với nhiều hoạt động hấp dẫn, thu hút đông đảo học sinh tham gia."
        ),
        sapo_outside=True,
        opts={"id": 1466, "time": "11:05", "views": 187, "loai": "tin", "tags": ["Văn hóa đọc", "Tiểu học"]},
    ),
    Story(
        9,
        "dak-glei-no-luc-duy-tri-si-so-hoc-sinh-vung-kho",
        "Đăk Glei nỗ lực duy trì sĩ số học sinh vùng khó",
        "tin-giao-duc",
        "2026-10-22T09:40:00+07:00",
        [
            P(
                "Đầu năm học 2026-2027, huyện Đăk Glei có hơn 11.800 học sinh, trong đó trên 85% là học "
                "sinh dân tộc thiểu số. Nhiều thôn nằm cách điểm trường chính hàng chục cây số, đường "
                "sá đi lại khó khăn, nhất là vào mùa mưa."
            ),
            P(
                "Để giữ chân học sinh, các trường phối hợp với già làng, người có uy tín và chính quyền "
                "thôn đến từng nhà vận động. Ở xã Đăk Plô, mỗi giáo viên phụ trách theo dõi từ 5 đến 7 "
                "học sinh có nguy cơ bỏ học."
            ),
            P(
                "Thầy Nguyễn Văn Định, Hiệu trưởng Trường PTDTBT THCS Đăk Plô cho biết: “Có những em "
                "nghỉ học theo gia đình lên rẫy cả tuần. Thầy cô phải vào tận rẫy, có khi ngủ lại để "
                "thuyết phục phụ huynh cho các em trở lại lớp.”"
            ),
            Img(
                media(10, "dak-glei-van-dong-hoc-sinh.jpg"),
                "Giáo viên đến nhà vận động học sinh trở lại lớp",
                "Giáo viên đến nhà vận động học sinh trở lại lớp",
                "em",
            ),
            P(
                "Bữa ăn bán trú được duy trì đều đặn nhờ chính sách hỗ trợ theo Nghị định số "
                "66/2025/NĐ-CP, cùng sự chung tay của các tổ chức, nhà hảo tâm. Nhiều trường tăng gia "
                "vườn rau, ao cá để cải thiện bữa ăn cho học sinh."
            ),
            P(
                "Nhờ những nỗ lực đó, tỷ lệ duy trì sĩ số của huyện đến hết tháng 10 đạt 99,2%, cao hơn "
                "cùng kỳ năm trước 0,6%. Huyện phấn đấu đến cuối năm học không còn học sinh bỏ học vì "
                "hoàn cảnh khó khăn."
            ),
            P(
                "Trong thời gian tới, Phòng GD&ĐT huyện tiếp tục tham mưu UBND huyện đầu tư nhà ở bán "
                "trú, nhà công vụ giáo viên tại các điểm trường lẻ, tạo điều kiện để thầy và trò yên "
                "tâm dạy và học."
            ),
            Raw('<p style="text-align: right;"><strong>Hồng Thắm</strong></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Kon Tum</em></p>'),
        ],
        authors=["Hồng Thắm"],
        source="Báo Kon Tum",
        opts={"id": 1459, "time": "09:40", "views": 742, "loai": "tin", "tags": ["Duy trì sĩ số"]},
    ),
    Story(
        10,
        "phat-dong-thi-dua-chao-mung-44-nam-ngay-nha-giao-viet-nam",
        "Phát động phong trào thi đua chào mừng 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "thi-dua-khen-thuong",
        "2026-10-15T08:00:00+07:00",
        [
            P(
                "Thực hiện Kế hoạch số 3870/KH-SGDĐT, Sở GD&ĐT phát động đợt thi đua cao điểm chào mừng "
                "kỷ niệm 44 năm Ngày Nhà giáo Việt Nam trong toàn ngành, từ ngày 15/10 đến 20/11/2026."
            ),
            P("Nội dung thi đua", "h3"),
            P(
                "Thi đua dạy tốt, học tốt; tổ chức các tiết dạy tốt, chuyên đề chuyên môn chào mừng "
                "Ngày Nhà giáo Việt Nam.",
                "li",
            ),
            P("Thi đua xây dựng trường học xanh - sạch - đẹp - an toàn.", "li"),
            P("Thi đua ứng dụng công nghệ thông tin, chuyển đổi số trong dạy học và quản lý.", "li"),
            Img(
                media(10, "phat-dong-thi-dua.jpg"),
                "Quang cảnh lễ phát động thi đua",
                "Quang cảnh lễ phát động thi đua",
                "fig",
            ),
            P(
                "Kết thúc đợt thi đua, các đơn vị tổ chức sơ kết, lựa chọn tập thể, cá nhân tiêu biểu "
                "đề nghị khen thưởng, gửi hồ sơ về Sở trước ngày 25/11/2026."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Lê Thị Kim Oanh - Phòng TCCB</strong></p>'
            ),
        ],
        authors=["Lê Thị Kim Oanh"],
        opts={"id": 1451, "time": "08:00", "views": 351, "loai": "tin", "tags": ["Thi đua", "Nhà giáo"]},
    ),
    Story(
        11,
        "lich-tiep-cong-dan-cua-giam-doc-so-quy-iv-nam-2026",
        "Lịch tiếp công dân của Giám đốc Sở GD&ĐT quý IV năm 2026",
        "thong-bao",
        "2026-10-02T10:00:00+07:00",
        [
            P(
                "Thực hiện Luật Tiếp công dân, Sở GD&ĐT tỉnh Kon Tum thông báo lịch tiếp công dân định "
                "kỳ của Giám đốc Sở trong quý IV năm 2026 như sau:"
            ),
            P("Thời gian | Người tiếp | Địa điểm", "th"),
            P("Ngày 15/10/2026 | Giám đốc Sở | Phòng tiếp công dân, 38 Trần Phú", "tr"),
            P("Ngày 16/11/2026 | Giám đốc Sở | Phòng tiếp công dân, 38 Trần Phú", "tr"),
            P("Ngày 15/12/2026 | Phó Giám đốc Sở | Phòng tiếp công dân, 38 Trần Phú", "tr"),
            P(
                "Công dân đến liên hệ mang theo căn cước và các giấy tờ liên quan đến nội dung kiến nghị, "
                "phản ánh."
            ),
        ],
        opts={"id": 1440, "time": "10:00", "views": 129, "loai": "thong-bao", "tags": ["Tiếp công dân"]},
    ),
    Story(
        12,
        "trien-khai-nhiem-vu-nam-hoc-2026-2027-doi-voi-giao-duc-mam-non",
        "Triển khai nhiệm vụ năm học 2026-2027 đối với giáo dục mầm non",
        "chi-dao-dieu-hanh",
        "2026-09-18T14:30:00+07:00",
        [
            P(
                "Năm học 2026-2027, giáo dục mầm non toàn tỉnh tiếp tục thực hiện Chương trình giáo dục "
                "mầm non sau sửa đổi, triển khai thí điểm chương trình mới ở 12 trường theo kế hoạch "
                "của Bộ GD&ĐT."
            ),
            P("Chỉ tiêu chủ yếu", "h3"),
            P("Huy động trẻ nhà trẻ ra lớp đạt 36%, trẻ mẫu giáo đạt 98%.", "li"),
            P("100% trẻ em 5 tuổi được chuẩn bị tiếng Việt trước khi vào lớp 1.", "li"),
            P("Tỷ lệ trẻ suy dinh dưỡng thể thấp còi giảm dưới 12%.", "li"),
            Img(
                media(9, "hoi-nghi-mam-non.jpg"),
                "Đại biểu dự hội nghị triển khai nhiệm vụ giáo dục mầm non",
                "Đại biểu dự hội nghị triển khai nhiệm vụ giáo dục mầm non",
                "fig",
            ),
            P(
                "Hội nghị đề nghị các phòng GD&ĐT chú trọng phát triển mạng lưới trường lớp ở các xã "
                "vùng đặc biệt khó khăn, xóa phòng học tạm, phòng học nhờ; tăng cường kiểm tra công tác "
                "bảo đảm an toàn cho trẻ ở các nhóm trẻ độc lập tư thục."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Nguyễn Thị Bích Ngọc - Phòng GDMN-GDTX'
                "</strong></p>"
            ),
        ],
        authors=["Nguyễn Thị Bích Ngọc"],
        summary=(
            "Ngày 17/9, Sở GD&ĐT tổ chức hội nghị triển khai nhiệm vụ năm học 2026-2027 đối với giáo "
            "dục mầm non cho lãnh đạo phòng GD&ĐT và hiệu trưởng các trường mầm non."
        ),
        sapo_outside=True,
        opts={"id": 1418, "time": "14:30", "views": 455, "loai": "tin", "tags": ["Mầm non", "Năm học mới"]},
    ),
    Story(
        13,
        "hoc-sinh-toan-tinh-kon-tum-han-hoan-khai-giang-nam-hoc-moi",
        "Học sinh toàn tỉnh Kon Tum hân hoan khai giảng năm học mới 2026-2027",
        "tin-giao-duc",
        "2026-09-05T09:00:00+07:00",
        [
            P(
                "Năm học 2026-2027, toàn tỉnh có hơn 176.000 học sinh ở các cấp học, tăng gần 3.000 em so "
                "với năm học trước. Lễ khai giảng được tổ chức trang trọng, ngắn gọn, tạo không khí vui "
                "tươi, phấn khởi cho học sinh."
            ),
            Img(
                media(9, "khai-giang-2026-1.jpg"),
                "Học sinh Trường THPT chuyên Nguyễn Tất Thành trong lễ khai giảng",
                "Học sinh Trường THPT chuyên Nguyễn Tất Thành trong lễ khai giảng",
                "fig",
            ),
            P(
                "Tại Trường THPT chuyên Nguyễn Tất Thành, đồng chí Bí thư Tỉnh ủy đánh trống khai "
                "trường, gửi thư chúc mừng thầy và trò toàn ngành."
            ),
            P(
                "Ở các huyện vùng cao như Tu Mơ Rông, Kon Plông, thầy cô đã vào từng thôn đón học sinh "
                "từ nhiều ngày trước, bảo đảm các em có mặt đầy đủ trong ngày khai giảng."
            ),
            Img(media(9, "khai-giang-2026-2.jpg"), None, None, "nocap"),
            P(
                "Ngay sau lễ khai giảng, các trường bước vào tuần học đầu tiên theo kế hoạch thời gian "
                "năm học đã được UBND tỉnh phê duyệt."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nhóm PV</strong></p>'),
        ],
        authors=["Nhóm PV"],
        photographers=["Nhóm PV"],
        opts={"id": 1402, "time": "09:00", "views": 1333, "loai": "tin", "tags": ["Khai giảng"]},
    ),
]

BY_ID = {s.opts["id"]: s for s in STORIES}


def path_of(story: Story) -> str:
    return f"/tin-bai/{story.slug}-{story.opts['id']}/"


GOLD = [gold_record(s, path_of(s), CATEGORIES[s.cat]) for s in STORIES]

NON_ARTICLES = [
    "/tin-bai/?trang=2",
    "/tin-bai/?chuyen_muc=thong-bao",
    "/gioi-thieu/",
    "/lien-he/",
    "/van-ban/",
    "/van-ban/318/",
]

DOCUMENTS = [
    (
        322,
        "4185/KH-SGDĐT",
        "10/11/2026",
        "Kế hoạch tuyển dụng viên chức giáo dục năm 2026 (đợt 2)",
        "Trần Văn Hùng",
    ),
    (
        318,
        "4012/SGDĐT-VP",
        "04/11/2026",
        "Về việc tăng cường công tác phòng, chống dịch bệnh mùa mưa trong trường học",
        "Trần Văn Hùng",
    ),
    (
        305,
        "3870/KH-SGDĐT",
        "12/10/2026",
        "Kế hoạch phát động thi đua chào mừng 44 năm Ngày Nhà giáo Việt Nam",
        "Nguyễn Đình Tâm",
    ),
    (
        291,
        "3402/SGDĐT-GDMN",
        "10/9/2026",
        "Hướng dẫn thực hiện nhiệm vụ giáo dục mầm non năm học 2026-2027",
        "Nguyễn Đình Tâm",
    ),
]
DOC_BY_ID = {d[0]: d for d in DOCUMENTS}


# --- dates and helpers ----------------------------------------------------------------------


def ymd(story: Story) -> tuple[int, int, int]:
    y, m, d = story.published_at[:10].split("-")
    return int(y), int(m), int(d)


def date_dmy(story: Story) -> str:
    y, m, d = ymd(story)
    return f"{d:02d}/{m:02d}/{y}"


def views(story: Story) -> int:
    return story.opts["views"]


def number(n: int) -> str:
    """django.contrib.humanize's intcomma in the vi locale: "1.254"."""
    return f"{n:,}".replace(",", ".")


def excerpt(story: Story) -> str:
    source = story.summary or story.paragraphs[0]
    return source if len(source) <= 150 else source[:150].rsplit(" ", 1)[0] + "…"


def thumb(story: Story) -> str:
    imgs = story.images
    if imgs:
        return "/media/thumbs/" + imgs[0].src.rsplit("/", 1)[1]
    return "/static/portal/img/no-image.jpg"


# --- the filter view ------------------------------------------------------------------------

FACET_ORDER = ("tu_khoa", "chuyen_muc", "nam", "thang", "loai", "sap_xep", "hien_thi", "so_tin", "trang")


def list_url(params: dict[str, str], **change: str | None) -> str:
    """A facet link: the current parameters with one changed (``None`` removes it); a facet
    change drops ``trang`` (back to page 1), the pager changes only ``trang``."""
    merged = dict(params)
    if "trang" not in change:
        merged.pop("trang", None)
    merged.update(change)
    pairs = [(k, merged[k]) for k in FACET_ORDER if merged.get(k) not in (None, "")]
    return "/tin-bai/" + ("?" + urlencode(pairs) if pairs else "")


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def select(params: dict[str, str], skip: str = "") -> list[Story]:
    """The stories a filter combination shows, sorted; ``skip`` ignores one facet (for counts)."""
    items = list(STORIES)
    cat = params.get("chuyen_muc")
    if skip != "chuyen_muc" and cat in CATEGORIES:
        items = [s for s in items if s.cat == cat]
    year = _int(params.get("nam"))
    if skip != "nam" and year:
        items = [s for s in items if ymd(s)[0] == year]
    month = _int(params.get("thang"))
    if skip != "thang" and month:
        items = [s for s in items if ymd(s)[1] == month]
    kind = params.get("loai")
    if skip != "loai" and kind in TYPES:
        items = [s for s in items if s.opts["loai"] == kind]
    words = (params.get("tu_khoa") or "").strip().casefold()
    if words:
        items = [s for s in items if words in s.title.casefold()]
    order = params.get("sap_xep") or "moi"
    if order == "cu":
        items.sort(key=lambda s: s.published_at)
    elif order == "xem":
        items.sort(key=lambda s: -views(s))
    else:
        items.sort(key=lambda s: s.published_at, reverse=True)
    return items


def page_size(params: dict[str, str]) -> int:
    size = _int(params.get("so_tin"))
    return size if size in PAGE_SIZES else PER_PAGE


def get_page(params: dict[str, str], count: int) -> tuple[int, int]:
    """Django's Paginator.get_page: bad numbers give page 1, a page past the end the last page."""
    pages = max(1, math.ceil(count / page_size(params)))
    page = _int(params.get("trang")) or 1
    return min(max(page, 1), pages), pages


def facet_group(title: str, css: str, links: list[str]) -> str:
    return (
        f'<div class="loc-tin__nhom loc-tin__nhom--{css}"><h4 class="loc-tin__tieu-de">{esc(title)}</h4>'
        f'<ul class="loc-tin__ds">{"".join(links)}</ul></div>'
    )


def facet_link(params: dict[str, str], key: str, value: str | None, label: str, count: int | None) -> str:
    active = params.get(key) == value or (value is None and not params.get(key))
    cls = ' class="active"' if active else ""
    shown = f' <span class="so-luong">({count})</span>' if count is not None else ""
    href = esc(list_url(params, **{key: value}))
    return f'<li{cls}><a href="{href}">{esc(label)}</a>{shown}</li>'


def facets(params: dict[str, str]) -> str:
    out = ['<aside class="loc-tin"><h3 class="loc-tin__heading">Lọc tin bài</h3>']
    base = select(params, "chuyen_muc")
    out.append(
        facet_group(
            "Chuyên mục",
            "chuyen-muc",
            [facet_link(params, "chuyen_muc", None, "Tất cả chuyên mục", len(base))]
            + [
                facet_link(params, "chuyen_muc", k, v, sum(1 for s in base if s.cat == k))
                for k, v in CATEGORIES.items()
            ],
        )
    )
    base = select(params, "nam")
    out.append(
        facet_group(
            "Năm",
            "nam",
            [facet_link(params, "nam", None, "Tất cả", None)]
            + [
                facet_link(params, "nam", str(y), str(y), sum(1 for s in base if ymd(s)[0] == y))
                for y in YEARS
            ],
        )
    )
    base = select(params, "thang")
    out.append(
        facet_group(
            "Tháng",
            "thang",
            [facet_link(params, "thang", None, "Tất cả", None)]
            + [
                facet_link(params, "thang", str(m), f"Tháng {m}", sum(1 for s in base if ymd(s)[1] == m))
                for m in range(1, 13)
            ],
        )
    )
    base = select(params, "loai")
    out.append(
        facet_group(
            "Loại tin",
            "loai",
            [facet_link(params, "loai", None, "Tất cả", None)]
            + [
                facet_link(params, "loai", k, v, sum(1 for s in base if s.opts["loai"] == k))
                for k, v in TYPES.items()
            ],
        )
    )
    out.append(
        facet_group(
            "Sắp xếp",
            "sap-xep",
            [facet_link(params, "sap_xep", k, v, None) for k, v in SORTS.items()],
        )
    )
    out.append("</aside>")
    return "".join(out)


def toolbar(params: dict[str, str], count: int) -> str:
    mode_links = " | ".join(
        f'<a class="hien-thi hien-thi--{k}{" active" if (params.get("hien_thi") or "ds") == k else ""}" '
        f'href="{esc(list_url(params, hien_thi=k))}"><i class="fa fa-{"th" if k == "luoi" else "list"}">'
        f"</i> {esc(v)}</a>"
        for k, v in VIEWS_MODES.items()
    )
    hidden = "".join(
        f'<input type="hidden" name="{k}" value="{esc(params[k])}">'
        for k in FACET_ORDER
        if k not in ("so_tin", "trang") and params.get(k)
    )
    size = page_size(params)
    options = "".join(
        f'<option value="{n}"{" selected" if n == size else ""}>{n}</option>' for n in PAGE_SIZES
    )
    return (
        f'<div class="ket-qua__thanh-cong-cu"><span class="ket-qua__tong">Tìm thấy <b>{count}</b> tin bài'
        f'</span><span class="ket-qua__hien-thi">{mode_links}</span>'
        f'<form class="ket-qua__so-tin" method="get" action="/tin-bai/">{hidden}'
        f'<label for="id_so_tin">Số tin mỗi trang:</label> <select name="so_tin" id="id_so_tin" '
        f'onchange="this.form.submit()">{options}</select>'
        f'<noscript><button type="submit">Xem</button></noscript></form></div>'
    )


def pager(params: dict[str, str], page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    items = []
    if page > 1:
        items.append(f'<li><a href="{esc(list_url(params, trang="1"))}">« Đầu</a></li>')
        items.append(f'<li><a href="{esc(list_url(params, trang=str(page - 1)))}">‹ Trước</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li class="active"><span>{n}</span></li>')
        else:
            items.append(f'<li><a href="{esc(list_url(params, trang=str(n)))}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a href="{esc(list_url(params, trang=str(page + 1)))}">Sau ›</a></li>')
        items.append(f'<li><a href="{esc(list_url(params, trang=str(pages)))}">Cuối »</a></li>')
    return f'<nav class="phan-trang"><ul class="pagination">{"".join(items)}</ul></nav>'


def result_item(story: Story, grid: bool) -> str:
    href = path_of(story)
    label = CATEGORIES[story.cat]
    if grid:
        return (
            f'<div class="col-md-4 ket-qua__o"><div class="the-tin">'
            f'<a class="the-tin__anh" href="{href}"><img src="{thumb(story)}" alt="{esc(story.title)}"></a>'
            f'<div class="the-tin__than"><span class="the-tin__nhan">{esc(label)}</span>'
            f'<h3 class="the-tin__tieu-de"><a href="{href}">{esc(story.title)}</a></h3>'
            f'<span class="the-tin__ngay"><i class="fa fa-calendar"></i> {date_dmy(story)}</span>'
            f"</div></div></div>"
        )
    return (
        f'<div class="ket-qua__muc clearfix"><a class="ket-qua__anh" href="{href}">'
        f'<img src="{thumb(story)}" alt="{esc(story.title)}"></a>'
        f'<h3 class="ket-qua__tieu-de"><a href="{href}">{esc(story.title)}</a></h3>'
        f'<div class="ket-qua__meta"><span class="ngay">{date_dmy(story)}</span> | '
        f'<span class="chuyen-muc">{esc(label)}</span> | <span class="luot-xem">{number(views(story))} '
        f"lượt xem</span></div>"
        f'<p class="ket-qua__mo-ta">{esc(excerpt(story))}</p></div>'
    )


def news_list(request: Request) -> Response:
    params = {k: v for k, v in request.params.items() if k in FACET_ORDER}
    items = select(params)
    page, pages = get_page(params, len(items))
    size = page_size(params)
    shown = items[(page - 1) * size : page * size]
    grid = params.get("hien_thi") == "luoi"
    cat = params.get("chuyen_muc")
    heading = CATEGORIES.get(cat or "", "Tin bài")
    crumbs = '<a href="/">Trang chủ</a> » <a href="/tin-bai/">Tin bài</a>'
    if cat in CATEGORIES:
        crumbs += f" » <span>{esc(CATEGORIES[cat])}</span>"
    if shown:
        rows = "".join(result_item(s, grid) for s in shown)
        results = f'<div class="{"row ket-qua__luoi" if grid else "ket-qua__ds"}">{rows}</div>'
    else:
        results = '<div class="ket-qua__rong alert alert-info">Không tìm thấy tin bài nào.</div>'
    search = esc(params.get("tu_khoa", ""))
    main = (
        f'<div class="breadcrumb-wrap">{crumbs}</div>'
        f'<div class="row"><div class="col-md-3">{facets(params)}</div>'
        f'<div class="col-md-9"><section class="ket-qua"><h1 class="ket-qua__heading">{esc(heading)}</h1>'
        f'<form class="ket-qua__tim" method="get" action="/tin-bai/"><input type="text" name="tu_khoa" '
        f'value="{search}" placeholder="Nhập từ khóa..."><button type="submit">Tìm kiếm</button></form>'
        f"{toolbar(params, len(items))}{results}{pager(params, page, pages)}</section></div></div>"
    )
    title = f"{heading} - Trang {page}" if page > 1 else heading
    return html(layout(request, title, main, sidebar=False))


# --- layout ---------------------------------------------------------------------------------


def menu() -> str:
    cats = "".join(
        f'<li><a href="/tin-bai/?chuyen_muc={k}">{esc(v)}</a></li>' for k, v in CATEGORIES.items()
    )
    return (
        '<nav class="menu-chinh"><ul class="nav">'
        '<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>'
        '<li><a href="/gioi-thieu/">Giới thiệu</a></li>'
        f'<li class="dropdown"><a href="/tin-bai/">Tin bài</a><ul class="dropdown-menu">{cats}</ul></li>'
        '<li><a href="/van-ban/">Văn bản</a></li>'
        '<li><a href="/lien-he/">Liên hệ</a></li></ul></nav>'
    )


def side_widgets() -> str:
    most = sorted(STORIES, key=lambda s: -views(s))[:5]
    read = "".join(
        f'<li><a href="{path_of(s)}">{esc(s.title)}</a> <span class="ngay">({date_dmy(s)})</span></li>'
        for s in most
    )
    return (
        '<aside class="khoi-ben">'
        f'<div class="khoi-ben__widget doc-nhieu"><h3>Đọc nhiều</h3><ol>{read}</ol></div>'
        '<div class="khoi-ben__widget binh-chon"><h3>Thăm dò ý kiến</h3>'
        '<form method="post" action="/binh-chon/">'
        '<input type="hidden" name="csrfmiddlewaretoken" value="q8Xw2LrT0hVb9KcYzN4mE1sD7fGjU3aP">'
        "<p>Bạn đánh giá thế nào về Cổng thông tin điện tử của Sở?</p>"
        '<label><input type="radio" name="lua_chon" value="1"> Rất hữu ích</label><br>'
        '<label><input type="radio" name="lua_chon" value="2"> Hữu ích</label><br>'
        '<label><input type="radio" name="lua_chon" value="3"> Chưa hữu ích</label><br>'
        '<button type="submit">Bình chọn</button></form></div>'
        '<div class="khoi-ben__widget lien-ket"><h3>Liên kết website</h3><ul>'
        '<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://kontum.gov.vn" target="_blank">Cổng TTĐT tỉnh Kon Tum</a></li>'
        '<li><a href="https://thituyensinh.vn" target="_blank">Hệ thống thi tuyển sinh</a></li></ul>'
        '<a href="https://dichvucong.gov.vn"><img src="/static/portal/img/banner-dvc.png" '
        'alt="Dịch vụ công trực tuyến"></a></div>'
        '<div class="khoi-ben__widget thong-ke"><h3>Thống kê truy cập</h3><ul>'
        "<li>Đang online: <b>37</b></li><li>Hôm nay: <b>1.254</b></li>"
        "<li>Tổng truy cập: <b>3.482.915</b></li></ul></div>"
        "</aside>"
    )


def layout(request: Request, title: str, main: str, head: str = "", sidebar: bool = True) -> str:
    body = f'<div class="col-md-8">{main}</div><div class="col-md-4">{side_widgets()}</div>'
    if not sidebar:
        body = f'<div class="col-md-12">{main}</div>'
    return f"""<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | Sở GD&amp;ĐT Kon Tum</title>
<link rel="stylesheet" href="/static/portal/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/portal/css/font-awesome.min.css">
<link rel="stylesheet" href="/static/portal/css/portal.css?v=2.4.1">
<link rel="shortcut icon" href="/static/portal/img/favicon.ico">
{head}</head>
<body>
<div class="thanh-tren"><div class="container"><span class="ngay-hom-nay">{HEADER_TODAY}</span>
<span class="thanh-tren__lien-ket"><a href="/lien-he/">Liên hệ</a> | <a href="/van-ban/">Văn bản điều hành</a></span>
</div></div>
<header class="dau-trang"><div class="container"><a class="logo" href="/">
<img src="/static/portal/img/logo-sgddt-kontum.png" alt="{esc(SITE_TITLE)}"></a>
<div class="ten-don-vi"><span>UBND TỈNH KON TUM</span><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></div>
</div></header>
<div class="container">{menu()}</div>
<div class="container noi-dung-chinh"><div class="row">{body}</div></div>
<footer class="chan-trang"><div class="container">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH KON TUM</strong></p>
<p>Địa chỉ: 38 Trần Phú, phường Quyết Thắng, thành phố Kon Tum, tỉnh Kon Tum</p>
<p>Điện thoại: 0260 3862 395 - Fax: 0260 3862 394 - Email: sgddt@kontum.gov.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT Kon Tum. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="thiet-ke">Thiết kế và phát triển bởi Công ty TNHH Giải pháp Phần mềm Tây Nguyên</p>
</div></footer>
<script src="/static/portal/js/jquery.min.js"></script>
<script src="/static/portal/js/portal.js?v=2.4.1"></script>
</body></html>"""


# --- article page ---------------------------------------------------------------------------


def _img_html(img: Img) -> str:
    alt = esc(img.caption or "")
    tag = f'<img src="{img.src}" alt="{alt}" width="700" height="467">'
    if img.style == "em":
        return (
            f'<p style="text-align: center;">{tag}</p>'
            f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
        )
    if img.style == "nocap" or not img.printed:
        return f'<figure class="image">{tag}</figure>'
    return f'<figure class="image">{tag}<figcaption>{esc(img.printed)}</figcaption></figure>'


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_html(b))
        elif b.style in ("li", "oli"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>{''.join(items)}</{tag}>")
            continue
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{cell}>{text(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table class="table table-bordered" border="1" cellpadding="4" style="width: 100%;">'
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
            continue
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f"<p>{text(b.text)}<br>\n{text(nxt.text)}</p>")
            i += 2
            continue
        elif b.style == "h3":
            out.append(f"<h3>{text(b.text)}</h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p>{text(b.text)}</p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        i += 1
    return "\n".join(out)


def article_page(request: Request, story: Story) -> Response:
    path = path_of(story)
    cat_url = f"/tin-bai/?chuyen_muc={story.cat}"
    cat_name = CATEGORIES[story.cat]
    y, m, d = ymd(story)
    sapo = (
        f'<div class="tin-bai__sapo"><strong>{text(story.summary)}</strong></div>' if story.summary else ""
    )
    byline = ""
    if story.opts.get("byline_field"):
        byline = (
            f'<div class="tin-bai__tac-gia">Tác giả: <span>{esc(story.opts["byline_field"])}</span></div>'
        )
    tags = "".join(
        f'<a class="tag" href="/tin-bai/?{esc(urlencode({"tu_khoa": t}))}">{esc(t)}</a>' for t in story.opts["tags"]
    )
    related = [s for s in STORIES if s.cat == story.cat and s is not story][:5]
    rel_html = "".join(
        f'<li><a href="{path_of(s)}">{esc(s.title)}</a> <span class="ngay">({date_dmy(s)})</span></li>'
        for s in related
    )
    full = base_url(request) + path
    head = (
        f'<link rel="canonical" href="{full}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:url" content="{full}">\n'
        f'<meta name="description" content="{esc(excerpt(story))}">\n'
    )
    main = f"""<div class="breadcrumb-wrap"><a href="/">Trang chủ</a> » <a href="/tin-bai/">Tin bài</a> » <a href="{cat_url}">{esc(cat_name)}</a></div>
<article class="tin-bai">
<h1 class="tin-bai__tieu-de">{esc(story.title)}</h1>
<div class="tin-bai__meta"><span class="tin-bai__nhan"><a href="{cat_url}">{esc(cat_name)}</a></span>
<span class="tin-bai__ngay">Ngày đăng: {d:02d}/{m:02d}/{y} {story.opts["time"]} | Lượt xem: {views(story)}</span></div>
{sapo}
<div class="tin-bai__noi-dung">
{render_body(story)}
</div>
{byline}
<div class="tin-bai__tu-khoa"><span>Từ khóa:</span> {tags}</div>
<div class="tin-bai__cong-cu">
<a href="javascript:window.print()"><i class="fa fa-print"></i> In bài</a>
<a href="mailto:?subject={esc(story.title)}&amp;body={full}"><i class="fa fa-envelope"></i> Gửi email</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={full}" target="_blank"><i class="fa fa-facebook"></i> Chia sẻ</a>
<a href="https://sp.zalo.me/share_inline?url={full}" target="_blank">Zalo</a>
</div>
</article>
<section class="tin-lien-quan"><h3>Tin liên quan</h3><ul>{rel_html}</ul></section>"""
    return html(layout(request, story.title, main, head))


# --- other pages ----------------------------------------------------------------------------


def home(request: Request) -> Response:
    latest = select({})[:6]
    first, rest = latest[0], latest[1:]
    lead = (
        f'<div class="tin-noi-bat"><a href="{path_of(first)}"><img src="{thumb(first)}" '
        f'alt="{esc(first.title)}"></a><h2><a href="{path_of(first)}">{esc(first.title)}</a></h2>'
        f'<span class="ngay">{date_dmy(first)}</span><p>{esc(excerpt(first))}</p></div>'
    )
    items = "".join(
        f'<li><a href="{path_of(s)}"><img src="{thumb(s)}" alt=""></a>'
        f'<a class="tieu-de" href="{path_of(s)}">{esc(s.title)}</a> <span class="ngay">{date_dmy(s)}</span></li>'
        for s in rest
    )
    notices = "".join(
        f'<li><a href="/van-ban/{d[0]}/">{esc(d[1])}: {esc(d[3])}</a></li>' for d in DOCUMENTS[:3]
    )
    main = (
        '<section class="tin-moi"><h2 class="khoi-tieu-de">Tin mới nhất</h2>'
        f'{lead}<ul class="tin-moi__ds">{items}</ul>'
        '<p class="xem-tat-ca"><a href="/tin-bai/">Xem tất cả tin bài »</a></p></section>'
        '<section class="van-ban-moi"><h2 class="khoi-tieu-de">Văn bản mới</h2>'
        f'<ul>{notices}</ul><p><a href="/van-ban/">Xem thêm văn bản »</a></p></section>'
    )
    return html(layout(request, "Trang chủ", main))


def static_page(request: Request, slug: str) -> Response:
    if slug == "gioi-thieu":
        title = "Giới thiệu"
        content = (
            "<p>Sở Giáo dục và Đào tạo tỉnh Kon Tum là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, giúp "
            "UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>"
            "<h3>Lãnh đạo Sở</h3><ul><li>Giám đốc: Nguyễn Đình Tâm</li>"
            "<li>Phó Giám đốc: Trần Văn Hùng</li><li>Phó Giám đốc: Y Thị Nga</li></ul>"
            "<h3>Các phòng chuyên môn</h3><ul><li>Văn phòng Sở</li><li>Phòng Tổ chức cán bộ</li>"
            "<li>Phòng Giáo dục Trung học</li><li>Phòng Giáo dục Mầm non - Giáo dục thường xuyên</li>"
            "<li>Phòng Quản lý chất lượng</li></ul>"
        )
    else:
        title = "Liên hệ"
        content = (
            "<p>Sở Giáo dục và Đào tạo tỉnh Kon Tum - 38 Trần Phú, phường Quyết Thắng, TP Kon Tum.</p>"
            "<p>Điện thoại: 0260 3862 395 - Email: sgddt@kontum.gov.vn</p>"
            '<form method="post" action="/lien-he/" class="form-lien-he">'
            '<input type="hidden" name="csrfmiddlewaretoken" value="q8Xw2LrT0hVb9KcYzN4mE1sD7fGjU3aP">'
            '<p><label for="id_ho_ten">Họ và tên:</label> <input type="text" name="ho_ten" id="id_ho_ten"></p>'
            '<p><label for="id_email">Email:</label> <input type="email" name="email" id="id_email"></p>'
            '<p><label for="id_noi_dung">Nội dung:</label> <textarea name="noi_dung" id="id_noi_dung">'
            '</textarea></p><button type="submit">Gửi liên hệ</button></form>'
        )
    main = (
        f'<div class="breadcrumb-wrap"><a href="/">Trang chủ</a> » <span>{title}</span></div>'
        f'<div class="trang-tinh"><h1 class="trang-tinh__tieu-de">{title}</h1>{content}</div>'
    )
    return html(layout(request, title, main))


def documents_page(request: Request) -> Response:
    rows = "".join(
        f'<tr><td><a href="/van-ban/{d[0]}/">{esc(d[1])}</a></td><td>{d[2]}</td><td>{esc(d[3])}</td>'
        f'<td><a href="/media/van-ban/{d[0]}.pdf"><i class="fa fa-file-pdf-o"></i> Tải về</a></td></tr>'
        for d in DOCUMENTS
    )
    main = (
        '<div class="breadcrumb-wrap"><a href="/">Trang chủ</a> » <span>Văn bản</span></div>'
        '<h1 class="van-ban__heading">Văn bản điều hành</h1>'
        '<table class="table van-ban"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th><th>Tệp đính kèm</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return html(layout(request, "Văn bản điều hành", main))


def document_page(request: Request, doc: tuple) -> Response:
    doc_id, number_, issued, abstract, signer = doc
    main = (
        f'<div class="breadcrumb-wrap"><a href="/">Trang chủ</a> » <a href="/van-ban/">Văn bản</a> » '
        f"<span>{esc(number_)}</span></div>"
        f'<div class="van-ban-chi-tiet"><h1>{esc(number_)}</h1><table class="table">'
        f"<tr><th>Số/Ký hiệu</th><td>{esc(number_)}</td></tr>"
        f"<tr><th>Ngày ban hành</th><td>{issued}</td></tr>"
        f"<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>"
        f"<tr><th>Người ký</th><td>{esc(signer)}</td></tr>"
        f"<tr><th>Trích yếu</th><td>{esc(abstract)}</td></tr>"
        f'<tr><th>Tệp đính kèm</th><td><a href="/media/van-ban/{doc_id}.pdf">{doc_id}.pdf</a></td></tr>'
        "</table></div>"
    )
    return html(layout(request, number_, main))


ARTICLE_RE = re.compile(r"/tin-bai/([a-z0-9-]+)-(\d+)/?")


class FacetedPortal:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        suffix = f"?{request.query}" if request.query else ""
        if path.startswith("/media/van-ban/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/media/", "/static/")) or path == "/favicon.ico":
            return static_file(path)
        if request.method == "POST" and path in ("/binh-chon/", "/lien-he/"):
            return redirect(path if path == "/lien-he/" else "/", 302)
        if path == "/":
            return home(request)
        if path == "/tin-bai/":
            return news_list(request)
        if path == "/tin-bai":
            return redirect("/tin-bai/" + suffix, 301)
        if m := ARTICLE_RE.fullmatch(path):
            story = BY_ID.get(int(m.group(2)))
            if story is None:
                return None
            if not path.endswith("/") or m.group(1) != story.slug:
                return redirect(path_of(story) + suffix, 301)
            return article_page(request, story)
        if path in ("/gioi-thieu/", "/lien-he/"):
            return static_page(request, path.strip("/"))
        if path == "/van-ban/":
            return documents_page(request)
        if m := re.fullmatch(r"/van-ban/(\d+)/", path):
            doc = DOC_BY_ID.get(int(m.group(1)))
            return document_page(request, doc) if doc else None
        if path in ("/gioi-thieu", "/lien-he", "/van-ban") or re.fullmatch(r"/van-ban/\d+", path):
            return redirect(path + "/" + suffix, 301)
        return None


def build_site() -> FacetedPortal:
    return FacetedPortal()
