"""Trường Chính trị tỉnh Quảng Ngãi on a home-made PHP MVC site (Laravel-like routes, Blade views,
Bootstrap 3 theme "tct"), where the pages that are NOT news look exactly like news.

Platform
--------
A vendor's Laravel application: pretty routes ending in ``.html``, Blade layouts on Bootstrap 3,
CKEditor 4 in the back office (so the article HTML mixes centred italic caption lines, CKEditor's
``<table class="image">`` captioned images and CKEditor 5-like ``<figure class="image">``, depending
on which editor and which typist). Every "content" page (news, lecturer profile, faculty page,
publication entry) is rendered by ONE Blade view::

    <ol class="breadcrumb"> Trang chủ / … / <li class="active">Section</li> </ol>
    <div class="post-detail">
      <h1 class="post-title">…</h1>
      <div class="post-meta"> "Ngày đăng: 18/11/2026 09:15" · "Lượt xem: 312"
                              (profiles: "Cập nhật: 12/10/2026") </div>
      <div class="post-tools"> A- A+ · In bài · Gửi email · Facebook · Zalo </div>
      <p class="lead">sapo</p>                      (news that has one)
      <div class="post-content"> CKEditor HTML </div>
      <div class="post-tags"> Từ khóa </div>
    </div>
    <div class="related-news"> "Tin liên quan" (profiles: "Giảng viên cùng khoa") </div>

The header prints today's date "Thứ Sáu, 04/12/2026"; the right column holds "Đọc nhiều nhất",
"Ấn phẩm mới" (a cover thumbnail), a poll form ("Thăm dò ý kiến"), website links and the visitor
counter ("Đang online / Hôm nay / Tổng truy cập"); the footer prints address, phone and e-mail.

URL scheme
----------
- ``/`` home: a slider of the three newest "Tin hoạt động" items (links carry the tracking query
  ``?utm_source=trangchu&utm_medium=slider``), "Tin mới" (6 newest), one block per category (the
  4 newest, "Xem thêm"), "Giảng viên tiêu biểu" (profile links), "Ấn phẩm" (publication links).
- ``/tin-tuc/<slug>.html``: a news article; ``?print=1`` is the "In bài" print view (same article,
  bare template), linked from every article; any other query is ignored by the router.
- ``/danh-muc/<slug>.html?page=<n>``: a category listing, 6 per page, newest first; Laravel's
  paginator prints absolute links (``?page=1`` included); a page past the end answers 200 with
  "Chưa có bài viết".
- ``/giang-vien/<slug>.html``: lecturer profiles; ``/gioi-thieu/doi-ngu-giang-vien.html``: the
  list of lecturers ("Giới thiệu › Đội ngũ giảng viên").
- ``/khoa/<slug>.html``: faculty pages ("Các khoa" menu).
- ``/an-pham/<slug>.html``: publication entries (a book, a bulletin issue, proceedings);
  ``/an-pham.html`` lists them ("Ấn phẩm" menu).
- ``/gioi-thieu/lich-su-phat-trien.html``, ``/lien-he.html`` (contact form): static pages.
- ``/tim-kiem?q=<words>``: search results (a listing), linked from each article's "Từ khóa".
- Uploads under ``/uploads/…``; theme files under ``/themes/tct/…``. No robots.txt, no sitemap.

How each gold article is reached
--------------------------------
13 news articles: Tin hoạt động 7, Nghiên cứu khoa học 2, Đào tạo - Bồi dưỡng 2, Thông báo 2.
Twelve of them are on page 1 of their category listing (and most on the home page). The oldest
"Tin hoạt động" item (the summer volunteer campaign of July) is the 7th of its category: it is
linked only from ``/danh-muc/tin-hoat-dong.html?page=2`` (not from the home page, not from
"Tin liên quan", which lists the 4 newest of the category, not from "Đọc nhiều nhất").

Traps
-----
- PAGES THAT LOOK LIKE ARTICLES BUT ARE NOT: lecturer profiles use the news view (h1.post-title
  "ThS. Nguyễn Văn Bảy", a "Cập nhật: 12/10/2026" line, a portrait with a centred italic caption,
  a biography of 4-6 paragraphs "Sinh năm 1978 tại …", "Quá trình công tác", a list of
  publications); faculty pages (h1 "Khoa Lý luận cơ sở", "Chức năng, nhiệm vụ", a staff table);
  publication entries (a cover image, "Tác giả", "Nhà xuất bản", "Năm xuất bản: 2025", a
  two-paragraph description). They are linked from the menu, from the home page blocks, from the
  sidebar, and from inside news texts (a news article names "ThS. Nguyễn Văn Bảy" with a link to
  his profile; a byline "ThS. Lê Thị Tuyết - Khoa Xây dựng Đảng" links her name to hers).
- One news article is ABOUT a lecturer ("Giảng viên Nguyễn Văn Bảy đạt giải Nhất …"): an article.
- The print view ``?print=1`` and the slider's ``utm_`` links serve the same article
  (``alt_paths`` in the gold); ``<link rel="canonical">`` names the clean path.
- The header's "Thứ Sáu, 04/12/2026" is today, never a publication date.
- Listing ``?page=1`` repeats the bare listing; listings print dates and excerpts.

Gold decisions
--------------
- title: the ``h1.post-title``; published_at: "Ngày đăng: dd/mm/yyyy HH:MM" with its time.
- authors/photographers: the closing byline of the text: "Phòng Quản lý đào tạo" (a unit, as
  printed); "ThS. Lê Thị Tuyết - Khoa Xây dựng Đảng" -> "Lê Thị Tuyết"; "Tin, ảnh: X" -> X both;
  "Tin: X - Ảnh: Chi đoàn Trường" -> author X, photographer the unit; "BBT" -> nobody; a bare
  right-aligned name -> that person; "TS. Phạm Thị Hồng Nhung" -> "Phạm Thị Hồng Nhung".
- source: "Nguồn: Báo Quảng Ngãi" -> "Báo Quảng Ngãi" (and one "Nguồn: Đài PT-TH Quảng Ngãi").
- summary: the ``p.lead`` (outside the content, first paragraph of the body); else null.
- body: the ``post-content`` paragraphs; headings, list items, table rows (cells " | "), the
  lines of a ``<br>``-broken paragraph one by one; no caption, byline, source, tags, tools.
- images: the photos inside ``post-content`` in order; caption = the centred italic line, the
  ``figcaption`` or the CKEditor ``image_caption`` cell, or the centred plain line right under a
  photo; no line -> null. Logo, slider and listing thumbnails, sidebar cover: not article images.
- category: the breadcrumb's last section (= the category label).
"""

from __future__ import annotations

import re
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
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

NAME = "lecturer_profiles_tct"
PLATFORM = "PHP MVC (Laravel-like routes, Blade views) + Bootstrap 3 theme, CKEditor 4"
START_PATH = "/"

SITE_TITLE = "Trường Chính trị tỉnh Quảng Ngãi"
TODAY_TCT = "Thứ Sáu, 04/12/2026"
PER_PAGE = 6

CATEGORIES = {
    "tin-hoat-dong": "Tin hoạt động",
    "nghien-cuu-khoa-hoc": "Nghiên cứu khoa học",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "thong-bao": "Thông báo",
}

# --- lecturers, faculties, publications (NOT articles) ---------------------------------------

FACULTIES = {
    "ly-luan-co-so": "Khoa Lý luận cơ sở",
    "xay-dung-dang": "Khoa Xây dựng Đảng",
    "nha-nuoc-va-phap-luat": "Khoa Nhà nước và Pháp luật",
}
FACULTY_TASKS = {
    "ly-luan-co-so": (
        "Khoa Lý luận cơ sở là đơn vị chuyên môn thuộc Trường Chính trị tỉnh Quảng Ngãi, có chức "
        "năng tham mưu cho Ban Giám hiệu và tổ chức giảng dạy các học phần Triết học Mác - Lênin, "
        "Kinh tế chính trị Mác - Lênin, Chủ nghĩa xã hội khoa học và Tư tưởng Hồ Chí Minh.",
        "Khoa chủ trì biên soạn, cập nhật đề cương bài giảng; tổ chức nghiên cứu khoa học, tổng "
        "kết thực tiễn; tham gia hướng dẫn học viên viết tiểu luận, khóa luận tốt nghiệp.",
    ),
    "xay-dung-dang": (
        "Khoa Xây dựng Đảng tổ chức giảng dạy các học phần về xây dựng Đảng, công tác dân vận, "
        "lịch sử Đảng Cộng sản Việt Nam cho các lớp trung cấp lý luận chính trị - hành chính.",
        "Khoa phối hợp với các huyện ủy, thị ủy, thành ủy tổ chức bồi dưỡng cấp ủy viên cơ sở.",
    ),
    "nha-nuoc-va-phap-luat": (
        "Khoa Nhà nước và Pháp luật giảng dạy các học phần quản lý hành chính nhà nước, pháp luật "
        "và kỹ năng lãnh đạo, quản lý.",
        "Khoa chủ trì các lớp bồi dưỡng kiến thức quản lý nhà nước theo tiêu chuẩn ngạch chuyên viên.",
    ),
}

#: slug -> (degree and name as printed, faculty, post, "Cập nhật" day)
LECTURERS = {
    "nguyen-van-bay": ("ThS. Nguyễn Văn Bảy", "ly-luan-co-so", "Phó Trưởng Khoa", "12/10/2026"),
    "pham-thi-hong-nhung": (
        "TS. Phạm Thị Hồng Nhung",
        "ly-luan-co-so",
        "Phó Hiệu trưởng",
        "03/09/2026",
    ),
    "le-thi-tuyet": ("ThS. Lê Thị Tuyết", "xay-dung-dang", "Giảng viên chính", "21/08/2026"),
    "huynh-minh-duc": ("ThS. Huỳnh Minh Đức", "nha-nuoc-va-phap-luat", "Trưởng Khoa", "15/07/2026"),
    "vo-thi-kim-oanh": ("CN. Võ Thị Kim Oanh", "ly-luan-co-so", "Giảng viên", "15/07/2026"),
}
BIOS = {
    "nguyen-van-bay": [
        "Sinh năm 1978 tại xã Tịnh Khê, thành phố Quảng Ngãi, tỉnh Quảng Ngãi.",
        "Tốt nghiệp cử nhân Triết học tại Trường Đại học Khoa học Huế năm 2001; nhận bằng Thạc sĩ "
        "Triết học tại Học viện Chính trị quốc gia Hồ Chí Minh năm 2010.",
        "Quá trình công tác",
        "2002 - 2008: Cán bộ Ban Tuyên giáo Huyện ủy Sơn Tịnh.",
        "2008 - 2018: Giảng viên Khoa Lý luận cơ sở, Trường Chính trị tỉnh Quảng Ngãi.",
        "2018 đến nay: Phó Trưởng Khoa Lý luận cơ sở.",
        "Giải Nhất Hội thi giảng viên dạy giỏi cấp tỉnh năm 2026; Bằng khen của Chủ tịch UBND tỉnh năm 2023.",
        "Các công trình khoa học đã công bố",
        "Vận dụng phép biện chứng duy vật trong giảng dạy lý luận chính trị, Tạp chí Giáo dục lý luận, số 4/2022.",
        "Đồng tác giả Giáo trình Triết học Mác - Lênin (dùng cho hệ trung cấp), NXB Lý luận chính trị, 2025.",
    ],
    "pham-thi-hong-nhung": [
        "Sinh năm 1974 tại thị trấn Mộ Đức, huyện Mộ Đức, tỉnh Quảng Ngãi.",
        "Tiến sĩ Kinh tế chính trị (Học viện Chính trị quốc gia Hồ Chí Minh, 2015).",
        "Quá trình công tác",
        "1997 - 2012: Giảng viên Khoa Lý luận cơ sở.",
        "2012 - 2019: Trưởng Khoa Lý luận cơ sở.",
        "2019 đến nay: Phó Hiệu trưởng Trường Chính trị tỉnh Quảng Ngãi.",
        "Các công trình khoa học đã công bố",
        "Chủ nhiệm đề tài cấp tỉnh “Phát triển kinh tế biển Quảng Ngãi trong bối cảnh mới” (2021).",
    ],
    "le-thi-tuyet": [
        "Sinh năm 1983 tại xã Phổ Quang, thị xã Đức Phổ, tỉnh Quảng Ngãi.",
        "Thạc sĩ Xây dựng Đảng và Chính quyền Nhà nước (Học viện Chính trị khu vực III, 2014).",
        "Quá trình công tác",
        "2006 đến nay: Giảng viên Khoa Xây dựng Đảng, Trường Chính trị tỉnh Quảng Ngãi.",
        "Các công trình khoa học đã công bố",
        "Nâng cao chất lượng sinh hoạt chi bộ ở nông thôn Quảng Ngãi, Kỷ yếu hội thảo khoa học, 2026.",
    ],
    "huynh-minh-duc": [
        "Sinh năm 1976 tại xã Nghĩa Kỳ, huyện Tư Nghĩa, tỉnh Quảng Ngãi.",
        "Thạc sĩ Luật (Trường Đại học Luật Huế, 2011).",
        "Quá trình công tác",
        "2003 - 2016: Chuyên viên Sở Tư pháp tỉnh Quảng Ngãi.",
        "2016 đến nay: Giảng viên, Trưởng Khoa Nhà nước và Pháp luật.",
    ],
    "vo-thi-kim-oanh": [
        "Sinh năm 1992 tại phường Trần Phú, thành phố Quảng Ngãi.",
        "Cử nhân Chính trị học (Học viện Báo chí và Tuyên truyền, 2014).",
        "Quá trình công tác",
        "2015 đến nay: Giảng viên Khoa Lý luận cơ sở.",
    ],
}
BIO_HEADINGS = {"Quá trình công tác", "Các công trình khoa học đã công bố"}

#: slug -> (title, authors line, publisher, year, pages, cover file, two description paragraphs)
PUBLICATIONS = {
    "giao-trinh-triet-hoc-mac-lenin-he-trung-cap": (
        "Giáo trình Triết học Mác - Lênin (dùng cho hệ trung cấp lý luận chính trị - hành chính)",
        "TS. Phạm Thị Hồng Nhung (chủ biên), ThS. Nguyễn Văn Bảy, CN. Võ Thị Kim Oanh",
        "Nhà xuất bản Lý luận chính trị",
        "2025",
        "312",
        "bia-giao-trinh-triet-hoc.jpg",
        (
            "Giáo trình được biên soạn trên cơ sở chương trình đào tạo trung cấp lý luận chính trị - "
            "hành chính do Học viện Chính trị quốc gia Hồ Chí Minh ban hành, có cập nhật các quan "
            "điểm mới của Văn kiện Đại hội XIV của Đảng.",
            "Sách gồm 9 chương, mỗi chương có câu hỏi ôn tập và tình huống thảo luận gắn với thực "
            "tiễn tỉnh Quảng Ngãi; dùng làm tài liệu học tập cho học viên và tài liệu tham khảo cho "
            "giảng viên.",
        ),
    ),
    "ban-tin-thong-tin-ly-luan-so-3-2026": (
        "Bản tin Thông tin Lý luận số 3/2026",
        "Ban Biên tập Bản tin Trường Chính trị tỉnh",
        "Trường Chính trị tỉnh Quảng Ngãi (lưu hành nội bộ)",
        "2026",
        "64",
        "bia-ban-tin-so-3-2026.jpg",
        (
            "Số bản tin tập trung vào chủ đề đổi mới phương pháp giảng dạy lý luận chính trị và "
            "công tác bồi dưỡng cán bộ cơ sở.",
            "Bản tin phát hành 300 bản, gửi các huyện ủy, thị ủy, thành ủy và các trung tâm chính "
            "trị cấp huyện trong tỉnh.",
        ),
    ),
    "ky-yeu-hoi-thao-giang-day-ly-luan-gan-voi-thuc-tien": (
        "Kỷ yếu Hội thảo khoa học “Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương”",
        "Nhiều tác giả",
        "Nhà xuất bản Đà Nẵng",
        "2026",
        "286",
        "bia-ky-yeu-hoi-thao-2026.jpg",
        (
            "Kỷ yếu tập hợp 32 tham luận của giảng viên các trường chính trị khu vực Nam Trung Bộ "
            "và Tây Nguyên, các nhà khoa học của Học viện Chính trị khu vực III.",
            "Các tham luận được chia thành ba phần: cơ sở lý luận, thực trạng và giải pháp.",
        ),
    ),
}


def up(month: str, name: str) -> str:
    return f"/uploads/images/2026/{month}/{name}"


# --- the news (newest first) -----------------------------------------------------------------
#
# P styles: "" paragraph, "h3" sub-heading, "li"/"oli" list items, "th"/"td" table rows (cells
# " | "), "br" lines of one <br>-broken paragraph, "quote". Img styles: "em" (centred italic
# line), "fig" (figure/figcaption), "tbl" (CKEditor image table), "plain" (centred plain line),
# "none". opts: when ("dd/mm/yyyy HH:MM"), links (text -> href inside the content), tags.

S_LICHHOC = "thong-bao-lich-hoc-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-68"
S_GIAINHAT = "giang-vien-nguyen-van-bay-dat-giai-nhat-hoi-thi-giang-vien-day-gioi"
S_NHAGIAO = "truong-chinh-tri-tinh-ky-niem-44-nam-ngay-nha-giao-viet-nam"
S_QPAN = "khai-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4"
S_HOITHAO = "hoi-thao-khoa-hoc-nang-cao-chat-luong-giang-day-ly-luan-chinh-tri"
S_HVKV3 = "doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-iii-lam-viec-voi-truong"
S_TUYENSINH = "thong-bao-tuyen-sinh-lop-cao-cap-ly-luan-chinh-tri-nam-2027"
S_CHIBO = "chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de-quy-iv"
S_BEGIANG = "be-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-65-tai-binh-son"
S_HOITHAO_TT = "truong-chinh-tri-tinh-tham-gia-hoi-thao-nganh-tuyen-giao"
S_NGHIEMTHU = "nghiem-thu-05-de-tai-khoa-hoc-cap-co-so-nam-2026"
S_KHAIGIANG = "truong-chinh-tri-tinh-quang-ngai-khai-giang-nam-hoc-2026-2027"
S_TINHNGUYEN = "ra-quan-huong-ung-chien-dich-thanh-nien-tinh-nguyen-he-2026"

BYLINE = '<p style="text-align: right;"><strong>{}</strong></p>'

STORIES: list[Story] = [
    Story(
        1,
        S_LICHHOC,
        "Thông báo lịch học lớp Trung cấp lý luận chính trị - hành chính khóa 68 (hệ không tập trung)",
        "thong-bao",
        "2026-12-02T08:00:00+07:00",
        [
            P(
                "Căn cứ kế hoạch đào tạo năm 2026, Trường Chính trị tỉnh Quảng Ngãi thông báo lịch học "
                "tháng 12/2026 của lớp Trung cấp lý luận chính trị - hành chính khóa 68, hệ không tập "
                "trung, mở tại Trung tâm Chính trị huyện Tư Nghĩa như sau:"
            ),
            P("Ngày | Buổi | Học phần | Giảng viên", "th"),
            P("07/12/2026 | Sáng | Triết học Mác - Lênin | ThS. Nguyễn Văn Bảy", "td"),
            P("08/12/2026 | Sáng | Triết học Mác - Lênin | ThS. Nguyễn Văn Bảy", "td"),
            P("14/12/2026 | Cả ngày | Xây dựng Đảng về tổ chức | ThS. Lê Thị Tuyết", "td"),
            P("21/12/2026 | Cả ngày | Quản lý hành chính nhà nước | ThS. Huỳnh Minh Đức", "td"),
            P(
                "Học viên có mặt tại lớp trước giờ học 15 phút, mang theo tài liệu và thực hiện "
                "nghiêm nội quy lớp học. Mọi thay đổi về lịch học sẽ được thông báo qua ban cán sự lớp."
            ),
            Raw(BYLINE.format("Phòng Quản lý đào tạo")),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"when": "02/12/2026 08:00", "tags": ["Lịch học", "Trung cấp LLCT"]},
    ),
    Story(
        2,
        S_GIAINHAT,
        "Giảng viên Nguyễn Văn Bảy đạt giải Nhất Hội thi giảng viên dạy giỏi cấp tỉnh năm 2026",
        "tin-hoat-dong",
        "2026-11-28T15:30:00+07:00",
        [
            P(
                "Vượt qua 24 thí sinh đến từ các trường chính trị, trung tâm chính trị cấp huyện, "
                "ThS. Nguyễn Văn Bảy, Phó Trưởng Khoa Lý luận cơ sở, đã xuất sắc giành giải Nhất tại "
                "Hội thi với bài giảng về phép biện chứng duy vật."
            ),
            Img(
                up("11", "hoi-thi-gvdg-1.jpg"),
                "ThS. Nguyễn Văn Bảy trình bày bài giảng tại vòng chung kết",
                "ThS. Nguyễn Văn Bảy trình bày bài giảng tại vòng chung kết",
                "em",
            ),
            P(
                "Hội thi do Ban Tuyên giáo Tỉnh ủy phối hợp với Trường Chính trị tỉnh tổ chức từ ngày "
                "24 đến 27/11/2026. Các thí sinh phải trải qua phần thi soạn giáo án, giảng bài trên "
                "lớp và trả lời câu hỏi của Ban Giám khảo."
            ),
            P(
                "Theo đánh giá của Ban Giám khảo, bài giảng của giảng viên Nguyễn Văn Bảy có kết cấu "
                "chặt chẽ, liên hệ sinh động với thực tiễn phát triển Khu kinh tế Dung Quất, sử dụng "
                "hiệu quả phương pháp nêu vấn đề và thảo luận nhóm."
            ),
            P("Kết quả Hội thi", "h3"),
            P("Giải | Họ và tên | Đơn vị", "th"),
            P("Nhất | ThS. Nguyễn Văn Bảy | Trường Chính trị tỉnh", "td"),
            P("Nhì | ThS. Đinh Thị Hoa | Trung tâm Chính trị huyện Bình Sơn", "td"),
            P("Nhì | CN. Võ Thị Kim Oanh | Trường Chính trị tỉnh", "td"),
            P("Ba | ThS. Trương Công Hậu | Trung tâm Chính trị huyện Mộ Đức", "td"),
            Img(
                up("11", "hoi-thi-gvdg-2.jpg"),
                "Ban Tổ chức trao giải Nhất cho giảng viên Nguyễn Văn Bảy",
                "Ban Tổ chức trao giải Nhất cho giảng viên Nguyễn Văn Bảy",
                "em",
            ),
            P(
                "“Giải thưởng là động lực để tôi tiếp tục đổi mới phương pháp, để mỗi giờ lý luận "
                "thực sự gần gũi với học viên”, giảng viên Nguyễn Văn Bảy chia sẻ.",
                "quote",
            ),
            Raw(BYLINE.format("Tin, ảnh: Trần Quốc Việt")),
        ],
        authors=["Trần Quốc Việt"],
        photographers=["Trần Quốc Việt"],
        summary=(
            "Giảng viên Nguyễn Văn Bảy, Khoa Lý luận cơ sở, vừa đạt giải Nhất Hội thi giảng viên "
            "dạy giỏi các trường chính trị, trung tâm chính trị cấp huyện tỉnh Quảng Ngãi năm 2026."
        ),
        sapo_outside=True,
        opts={
            "when": "28/11/2026 15:30",
            "links": {
                "ThS. Nguyễn Văn Bảy": "/giang-vien/nguyen-van-bay.html",
                "CN. Võ Thị Kim Oanh": "/giang-vien/vo-thi-kim-oanh.html",
            },
            "tags": ["Giảng viên dạy giỏi", "Hội thi"],
        },
    ),
    Story(
        3,
        S_NHAGIAO,
        "Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "tin-hoat-dong",
        "2026-11-20T10:45:00+07:00",
        [
            P(
                "Sáng 19/11, Trường Chính trị tỉnh Quảng Ngãi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Dự buổi lễ có đại diện lãnh đạo Ban Tuyên "
                "giáo Tỉnh ủy, Sở Giáo dục và Đào tạo cùng toàn thể cán bộ, giảng viên, viên chức nhà trường."
            ),
            P(
                "Phát biểu tại buổi lễ, TS. Phạm Thị Hồng Nhung, Phó Hiệu trưởng, ôn lại truyền thống "
                "vẻ vang của ngành giáo dục và những kết quả nổi bật của nhà trường trong năm 2026: "
                "mở 28 lớp đào tạo, bồi dưỡng với hơn 2.100 học viên; 100% giảng viên hoàn thành "
                "định mức giờ giảng."
            ),
            Img(
                up("11", "ky-niem-20-11-1.jpg"),
                "TS. Phạm Thị Hồng Nhung phát biểu tại buổi lễ",
                "TS. Phạm Thị Hồng Nhung phát biểu tại buổi lễ",
                "fig",
            ),
            P(
                "Nhân dịp này, nhà trường khen thưởng 6 tập thể và 15 cá nhân có thành tích xuất sắc "
                "trong phong trào thi đua “Dạy tốt - Học tốt - Phục vụ tốt”."
            ),
            Img(up("11", "ky-niem-20-11-2.jpg"), None, None, "none"),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ do Chi đoàn Trường và học viên lớp Trung "
                "cấp lý luận chính trị - hành chính khóa 67 biểu diễn."
            ),
            Raw(BYLINE.format("Tin: Phạm Thị Thu Hà - Ảnh: Chi đoàn Trường")),
        ],
        authors=["Phạm Thị Thu Hà"],
        photographers=["Chi đoàn Trường"],
        summary=(
            "Nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, nhà trường khen thưởng 6 tập thể và 15 cá "
            "nhân có thành tích xuất sắc trong phong trào thi đua năm 2026."
        ),
        sapo_outside=True,
        opts={
            "when": "20/11/2026 10:45",
            "links": {"TS. Phạm Thị Hồng Nhung": "/giang-vien/pham-thi-hong-nhung.html"},
            "tags": ["Ngày Nhà giáo"],
        },
    ),
    Story(
        4,
        S_QPAN,
        "Khai giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        "dao-tao-boi-duong",
        "2026-11-18T09:15:00+07:00",
        [
            P(
                "Ngày 17/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh khai giảng "
                "lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
            ),
            P(
                "Lớp học có 112 học viên là trưởng thôn, tổ dân phố, bí thư chi bộ, cán bộ đoàn thể "
                "cơ sở của các huyện Sơn Tịnh, Tư Nghĩa, Nghĩa Hành. Thời gian học 7 ngày, từ ngày "
                "17/11 đến 25/11/2026."
            ),
            Img(
                up("11", "khai-giang-qpan.jpg"),
                "Quang cảnh lễ khai giảng",
                "Quang cảnh lễ khai giảng",
                "tbl",
            ),
            P("Nội dung chương trình gồm:", ""),
            P("Quan điểm của Đảng về xây dựng nền quốc phòng toàn dân, an ninh nhân dân;", "li"),
            P("Xây dựng cơ sở xã, phường, thị trấn vững mạnh toàn diện;", "li"),
            P("Phòng, chống chiến lược “diễn biến hòa bình”, bạo loạn lật đổ;", "li"),
            P(
                "Thực hành bắn súng tiểu liên AK bài 1b tại Thao trường Bộ Chỉ huy Quân sự tỉnh.",
                "li",
            ),
            Raw(BYLINE.format("Phòng Quản lý đào tạo")),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"when": "18/11/2026 09:15", "tags": ["Quốc phòng - an ninh"]},
    ),
    Story(
        5,
        S_HOITHAO,
        "Hội thảo khoa học “Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương”",
        "nghien-cuu-khoa-hoc",
        "2026-11-16T14:00:00+07:00",
        [
            P(
                "Ngày 14/11/2026, Trường Chính trị tỉnh Quảng Ngãi tổ chức Hội thảo khoa học “Nâng cao "
                "chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương”. Hội thảo thu hút "
                "hơn 120 đại biểu là nhà khoa học, giảng viên các trường chính trị khu vực Nam Trung Bộ "
                "và Tây Nguyên."
            ),
            P("Nhiều tham luận chất lượng", "h3"),
            P(
                "Ban Tổ chức nhận được 32 tham luận, trong đó 8 tham luận được trình bày tại hội thảo. "
                "Các ý kiến tập trung làm rõ yêu cầu đưa thực tiễn địa phương vào bài giảng: số liệu "
                "kinh tế - xã hội của tỉnh, các mô hình dân vận khéo, kinh nghiệm xây dựng nông thôn mới."
            ),
            Img(
                up("11", "hoi-thao-khoa-hoc-1.jpg"),
                "Các đại biểu tham dự hội thảo",
                "Các đại biểu tham dự hội thảo",
                "em",
            ),
            P(
                "Nhiều đại biểu cho rằng mỗi khoa cần xây dựng “ngân hàng tình huống” cập nhật hằng năm "
                "và tăng cường đi thực tế cơ sở cho giảng viên trẻ."
            ),
            P("Đề xuất, kiến nghị", "h3"),
            P(
                "Hội thảo kiến nghị Học viện Chính trị quốc gia Hồ Chí Minh sớm ban hành khung chương "
                "trình có phần nội dung địa phương chiếm 15 - 20% thời lượng mỗi học phần; đề nghị "
                "Tỉnh ủy bố trí kinh phí để nhà trường thực hiện các đề tài tổng kết thực tiễn."
            ),
            P(
                "Các tham luận được tuyển chọn in trong Kỷ yếu hội thảo do Nhà xuất bản Đà Nẵng "
                "phát hành, phục vụ công tác giảng dạy và nghiên cứu."
            ),
            Raw(
                '<p style="text-align: right;"><strong><a href="/giang-vien/le-thi-tuyet.html">'
                "ThS. Lê Thị Tuyết</a> - Khoa Xây dựng Đảng</strong></p>"
            ),
        ],
        authors=["Lê Thị Tuyết"],
        opts={
            "when": "16/11/2026 14:00",
            "links": {
                "Kỷ yếu hội thảo": "/an-pham/ky-yeu-hoi-thao-giang-day-ly-luan-gan-voi-thuc-tien.html"
            },
            "tags": ["Hội thảo", "Nghiên cứu khoa học"],
        },
    ),
    Story(
        6,
        S_HVKV3,
        "Đoàn công tác Học viện Chính trị khu vực III làm việc với Trường Chính trị tỉnh",
        "tin-hoat-dong",
        "2026-11-12T16:20:00+07:00",
        [
            P(
                "Chiều 11/11, Đoàn công tác Học viện Chính trị khu vực III do PGS.TS Trần Văn Hùng, "
                "Phó Giám đốc Học viện, làm trưởng đoàn đã làm việc với Trường Chính trị tỉnh Quảng Ngãi "
                "về công tác phối hợp đào tạo cao cấp lý luận chính trị."
            ),
            Img(
                up("11", "hvkv3-lam-viec.jpg"),
                "Toàn cảnh buổi làm việc",
                "Toàn cảnh buổi làm việc",
                "em",
            ),
            P(
                "Báo cáo tại buổi làm việc cho biết, từ năm 2021 đến nay, hai đơn vị đã phối hợp mở 6 "
                "lớp cao cấp lý luận chính trị hệ không tập trung với 612 học viên; tỷ lệ tốt nghiệp "
                "đạt 99,3%, trong đó loại giỏi chiếm 27%."
            ),
            P(
                "Phó Giám đốc Học viện đánh giá cao sự chuẩn bị chu đáo về cơ sở vật chất của nhà trường "
                "và đề nghị tiếp tục phối hợp chặt chẽ trong quản lý học viên, tổ chức đi thực tế."
            ),
            P(
                "Dịp này, hai bên thống nhất kế hoạch mở lớp cao cấp lý luận chính trị khóa mới vào "
                "tháng 3/2027 tại Quảng Ngãi."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Quảng Ngãi</em></p>'),
        ],
        source="Báo Quảng Ngãi",
        opts={"when": "12/11/2026 16:20", "tags": ["Cao cấp LLCT"]},
    ),
    Story(
        7,
        S_TUYENSINH,
        "Thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027",
        "thong-bao",
        "2026-11-09T07:30:00+07:00",
        [
            P(
                "Thực hiện kế hoạch phối hợp với Học viện Chính trị khu vực III, Trường Chính trị tỉnh "
                "thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027."
            ),
            P("1. Đối tượng, tiêu chuẩn", "h3"),
            P(
                "Cán bộ diện Ban Thường vụ Tỉnh ủy quản lý và quy hoạch chức danh tương đương;",
                "oli",
            ),
            P(
                "Có trình độ đại học trở lên, tuổi đời không quá 50 đối với nam và 45 đối với nữ;",
                "oli",
            ),
            P("Được cơ quan có thẩm quyền cử đi học.", "oli"),
            P("2. Hồ sơ và thời gian nhận hồ sơ", "h3"),
            P(
                "Hồ sơ gửi về Phòng Quản lý đào tạo, Trường Chính trị tỉnh Quảng Ngãi (số 19 Lê Thánh "
                "Tôn, phường Nghĩa Chánh, thành phố Quảng Ngãi) trước ngày 31/12/2026."
            ),
            Raw(BYLINE.format("BBT")),
        ],
        opts={"when": "09/11/2026 07:30", "tags": ["Tuyển sinh", "Cao cấp LLCT"]},
    ),
]

STORIES += [
    Story(
        8,
        S_CHIBO,
        "Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV",
        "tin-hoat-dong",
        "2026-11-05T10:00:00+07:00",
        [
            P(
                "Ngày 04/11/2026, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV với chủ "
                "đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần tự học”."
            ),
            P(
                "Tại buổi sinh hoạt, đồng chí Nguyễn Văn Bảy, Phó Trưởng Khoa, trình bày chuyên đề; các "
                "đảng viên thảo luận và đăng ký nội dung làm theo gắn với nhiệm vụ chuyên môn."
            ),
            P("Chi bộ thống nhất ba nội dung đăng ký:", "br"),
            P("- Mỗi giảng viên đọc và giới thiệu ít nhất 02 đầu sách chuyên ngành mỗi quý;", "br"),
            P("- 100% giảng viên dự giờ đồng nghiệp tối thiểu 4 tiết/học kỳ;", "br"),
            P("- Đăng ký ít nhất 01 bài viết đăng Bản tin Thông tin Lý luận năm 2027.", "br"),
            Img(
                up("11", "sinh-hoat-chuyen-de.jpg"),
                "Đảng viên Chi bộ Khoa Lý luận cơ sở thảo luận chuyên đề",
                "Đảng viên Chi bộ Khoa Lý luận cơ sở thảo luận chuyên đề",
                "em",
            ),
            Raw('<p style="text-align: right;">Võ Thị Kim Oanh</p>'),
        ],
        authors=["Võ Thị Kim Oanh"],
        opts={
            "when": "05/11/2026 10:00",
            "links": {"Chi bộ Khoa Lý luận cơ sở": "/khoa/ly-luan-co-so.html"},
            "tags": ["Sinh hoạt chi bộ"],
        },
    ),
    Story(
        9,
        S_BEGIANG,
        "Bế giảng lớp Trung cấp lý luận chính trị - hành chính khóa 65 tại huyện Bình Sơn",
        "dao-tao-boi-duong",
        "2026-10-30T15:00:00+07:00",
        [
            P(
                "Sáng 29/10/2026, tại Trung tâm Chính trị huyện Bình Sơn, Trường Chính trị tỉnh tổ chức "
                "Lễ bế giảng và trao bằng tốt nghiệp cho học viên lớp Trung cấp lý luận chính trị - "
                "hành chính khóa 65, hệ không tập trung."
            ),
            P("Kết quả học tập của lớp như sau:"),
            P("Xếp loại | Số học viên | Tỷ lệ", "th"),
            P("Giỏi | 21 | 24,4%", "td"),
            P("Khá | 58 | 67,4%", "td"),
            P("Trung bình | 7 | 8,2%", "td"),
            Img(
                up("10", "be-giang-k65-1.jpg"),
                "Trao bằng tốt nghiệp cho các học viên",
                "Trao bằng tốt nghiệp cho các học viên",
                "tbl",
            ),
            P(
                "Phát biểu bế giảng, đại diện Ban Giám hiệu đề nghị các học viên tiếp tục tự học, vận "
                "dụng kiến thức đã học vào thực tiễn công tác tại địa phương, cơ quan, đơn vị."
            ),
            Img(up("10", "be-giang-k65-2.jpg"), None, None, "none"),
            Raw(BYLINE.format("Tin, ảnh: Trần Quốc Việt")),
        ],
        authors=["Trần Quốc Việt"],
        photographers=["Trần Quốc Việt"],
        summary=(
            "Sau 10 tháng học tập, 86 học viên lớp Trung cấp lý luận chính trị - hành chính khóa 65 "
            "mở tại Trung tâm Chính trị huyện Bình Sơn đã hoàn thành chương trình và nhận bằng tốt nghiệp."
        ),
        sapo_outside=True,
        opts={"when": "30/10/2026 15:00", "tags": ["Bế giảng", "Trung cấp LLCT"]},
    ),
    Story(
        10,
        S_HOITHAO_TT,
        "Trường Chính trị tỉnh tham gia Hội thao truyền thống ngành Tuyên giáo năm 2026",
        "tin-hoat-dong",
        "2026-10-22T08:40:00+07:00",
        [
            P(
                "Từ ngày 17 đến 19/10/2026, đội tuyển Trường Chính trị tỉnh gồm 18 vận động viên tham "
                "gia Hội thao truyền thống ngành Tuyên giáo tỉnh Quảng Ngãi lần thứ VII."
            ),
            P(
                "Hội thao gồm các môn bóng chuyền hơi, cầu lông, kéo co và cờ tướng. Đội tuyển nhà "
                "trường giành giải Nhất môn kéo co, giải Nhì bóng chuyền hơi nữ và giải Ba đôi nam cầu lông."
            ),
            Img(
                up("10", "hoi-thao-tuyen-giao.jpg"),
                "Đội kéo co của nhà trường trong trận chung kết",
                "Đội kéo co của nhà trường trong trận chung kết",
                "plain",
            ),
            P(
                "Kết quả chung cuộc, Trường Chính trị tỉnh xếp thứ Ba toàn đoàn, tăng hai bậc so với "
                "hội thao năm 2025."
            ),
            Raw(BYLINE.format("Công đoàn Trường")),
        ],
        authors=["Công đoàn Trường"],
        opts={"when": "22/10/2026 08:40", "tags": ["Hội thao"]},
    ),
    Story(
        11,
        S_NGHIEMTHU,
        "Nghiệm thu 05 đề tài khoa học cấp cơ sở năm 2026",
        "nghien-cuu-khoa-hoc",
        "2026-10-15T14:30:00+07:00",
        [
            P(
                "Trong hai ngày 13 và 14/10/2026, Hội đồng khoa học Trường Chính trị tỉnh Quảng Ngãi "
                "tổ chức nghiệm thu 05 đề tài khoa học cấp cơ sở năm 2026."
            ),
            P("Tên đề tài | Chủ nhiệm | Xếp loại", "th"),
            P(
                "Vận dụng phương pháp tình huống trong giảng dạy Triết học | ThS. Nguyễn Văn Bảy | Xuất sắc",
                "td",
            ),
            P("Nâng cao chất lượng sinh hoạt chi bộ nông thôn | ThS. Lê Thị Tuyết | Khá", "td"),
            P(
                "Kỹ năng xử lý tình huống hành chính của cán bộ cấp xã | ThS. Huỳnh Minh Đức | Khá",
                "td",
            ),
            P("Ứng dụng bản đồ tư duy trong ôn tập học phần | CN. Võ Thị Kim Oanh | Khá", "td"),
            P(
                "Thực trạng học tập lý luận của đảng viên trẻ | CN. Trần Thị Mỹ Duyên | Đạt",
                "td",
            ),
            P(
                "Hội đồng đánh giá các đề tài bám sát thực tiễn giảng dạy; đề nghị các chủ nhiệm "
                "hoàn thiện báo cáo, chuyển kết quả cho các khoa ứng dụng từ học kỳ I năm 2027."
            ),
            P(
                "Một số kết quả nghiên cứu sẽ được giới thiệu trên Bản tin Thông tin Lý luận số 3/2026."
            ),
            Raw('<p style="text-align: right;"><strong>TS. Phạm Thị Hồng Nhung</strong></p>'),
        ],
        authors=["Phạm Thị Hồng Nhung"],
        opts={
            "when": "15/10/2026 14:30",
            "links": {
                "Bản tin Thông tin Lý luận số 3/2026": "/an-pham/ban-tin-thong-tin-ly-luan-so-3-2026.html"
            },
            "tags": ["Đề tài khoa học"],
        },
    ),
    Story(
        12,
        S_KHAIGIANG,
        "Trường Chính trị tỉnh Quảng Ngãi khai giảng năm học 2026 - 2027",
        "tin-hoat-dong",
        "2026-09-08T09:00:00+07:00",
        [
            P(
                "Sáng 07/9, Trường Chính trị tỉnh Quảng Ngãi tổ chức Lễ khai giảng năm học 2026 - 2027 "
                "và khai giảng 5 lớp trung cấp lý luận chính trị - hành chính với 412 học viên."
            ),
            P(
                "Đến dự có đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy, lãnh đạo Sở Nội vụ và các huyện ủy, "
                "thị ủy, thành ủy trong tỉnh."
            ),
            Img(
                up("09", "khai-giang-2026.jpg"),
                "Các đại biểu đánh trống khai giảng năm học mới",
                "Các đại biểu đánh trống khai giảng năm học mới",
                "em",
            ),
            P(
                "Năm học 2026 - 2027, nhà trường dự kiến mở 30 lớp đào tạo, bồi dưỡng, tiếp tục đổi "
                "mới phương pháp giảng dạy theo hướng phát huy tính tích cực của người học, tăng cường "
                "ứng dụng công nghệ thông tin trong quản lý đào tạo."
            ),
            P(
                "Phát biểu chỉ đạo, Trưởng Ban Tuyên giáo Tỉnh ủy đề nghị nhà trường quan tâm bồi dưỡng "
                "đội ngũ giảng viên trẻ, gắn nghiên cứu khoa học với tổng kết thực tiễn địa phương."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Đài PT-TH Quảng Ngãi</em></p>'),
        ],
        source="Đài PT-TH Quảng Ngãi",
        summary=(
            "Năm học 2026 - 2027, nhà trường dự kiến mở 30 lớp đào tạo, bồi dưỡng cho cán bộ, đảng "
            "viên trong tỉnh."
        ),
        sapo_outside=True,
        opts={"when": "08/09/2026 09:00", "tags": ["Khai giảng"]},
    ),
    Story(
        13,
        S_TINHNGUYEN,
        "Chi đoàn Trường ra quân hưởng ứng Chiến dịch Thanh niên tình nguyện hè 2026",
        "tin-hoat-dong",
        "2026-07-20T07:50:00+07:00",
        [
            P(
                "Sáng 19/7, Chi đoàn Trường Chính trị tỉnh tổ chức ra quân hưởng ứng Chiến dịch Thanh "
                "niên tình nguyện hè 2026 tại xã Nghĩa Sơn, huyện Tư Nghĩa."
            ),
            P(
                "Các đoàn viên đã phát quang 2 km đường giao thông nông thôn, tặng 50 suất quà cho học "
                "sinh có hoàn cảnh khó khăn và sửa chữa, tu bổ nhà văn hóa thôn Trường Xuân."
            ),
            P(
                "Đây là hoạt động thường niên, góp phần giáo dục lý tưởng, rèn luyện đoàn viên thanh "
                "niên trong nhà trường."
            ),
            Raw(BYLINE.format("Chi đoàn Trường")),
        ],
        authors=["Chi đoàn Trường"],
        opts={"when": "20/07/2026 07:50", "tags": ["Thanh niên tình nguyện"]},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
#: the home slider: the three newest "Tin hoạt động" items, linked with a tracking query
SLIDER = [s for s in STORIES if s.cat == "tin-hoat-dong"][:3]
UTM = "utm_source=trangchu&utm_medium=slider"
MOST_READ = [S_GIAINHAT, S_KHAIGIANG, S_LICHHOC, S_HOITHAO, S_TUYENSINH]


def news_path(slug: str) -> str:
    return f"/tin-tuc/{slug}.html"


def _alt(story: Story) -> list[str]:
    alts = [news_path(story.slug) + "?print=1"]
    if story in SLIDER:
        alts.append(news_path(story.slug) + "?" + UTM)
    return alts


GOLD = [gold_record(s, news_path(s.slug), CATEGORIES[s.cat], alt_paths=_alt(s)) for s in STORIES]

NON_ARTICLES = [
    "/giang-vien/nguyen-van-bay.html",
    "/giang-vien/le-thi-tuyet.html",
    "/khoa/ly-luan-co-so.html",
    "/an-pham/giao-trinh-triet-hoc-mac-lenin-he-trung-cap.html",
    "/danh-muc/tin-hoat-dong.html?page=2",
    "/lien-he.html",
]


# --- rendering of the content ----------------------------------------------------------------


def _inline(story: Story, value: str) -> str:
    out = text(value)
    for label, href in story.opts.get("links", {}).items():
        out = out.replace(esc(label), f'<a href="{href}">{esc(label)}</a>', 1)
    return out


def _img_html(img: Img, alt: str) -> str:
    src = img.src
    if img.style == "em":
        line = (
            f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>' if img.printed else ""
        )
        return (
            f'<p style="text-align: center;"><img alt="{esc(alt)}" src="{src}" '
            f'style="width: 700px; height: 467px;" /></p>\n{line}'
        )
    if img.style == "fig":
        return (
            f'<figure class="image"><img alt="" src="{src}" width="700" height="467" />'
            f"<figcaption>{esc(img.printed or '')}</figcaption></figure>"
        )
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image">'
            f'<tbody><tr><td><img alt="" src="{src}" style="width: 680px; height: 453px;" /></td></tr>'
            f'<tr><td class="image_caption" style="text-align: center;">{esc(img.printed or "")}</td>'
            "</tr></tbody></table>"
        )
    if img.style == "plain":
        return (
            f'<p style="text-align: center;"><img alt="" src="{src}" /></p>\n'
            f'<p style="text-align: center;">{esc(img.printed or "")}</p>'
        )
    return f'<p style="text-align: center;"><img alt="" src="{src}" /></p>'


def render_content(story: Story) -> str:
    """The CKEditor HTML of ``post-content``: lists and tables grouped, <br> lines in one <p>."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_html(b, story.title))
        elif b.style in ("li", "oli", "br", "th", "td"):
            group = b.style if b.style != "th" else "td"
            run: list[P] = []
            while i < len(blocks) and isinstance(blocks[i], P):
                st = blocks[i].style if blocks[i].style != "th" else "td"
                if st != group:
                    break
                run.append(blocks[i])
                i += 1
            if group in ("li", "oli"):
                tag = "ul" if group == "li" else "ol"
                items = "".join(f"<li>{_inline(story, p.text)}</li>\n" for p in run)
                out.append(f"<{tag}>\n{items}</{tag}>")
            elif group == "br":
                out.append("<p>" + "<br />\n".join(_inline(story, p.text) for p in run) + "</p>")
            else:
                rows = []
                for p in run:
                    cell = "th" if p.style == "th" else "td"
                    cells = "".join(
                        f"<{cell}>{_inline(story, c)}</{cell}>" for c in p.text.split(" | ")
                    )
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table border="1" cellpadding="5" cellspacing="0" class="table table-bordered" '
                    'style="width: 100%;"><tbody>' + "\n".join(rows) + "</tbody></table>"
                )
            continue
        elif b.style == "h3":
            out.append(f"<h3><strong>{_inline(story, b.text)}</strong></h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{_inline(story, b.text)}</em></p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{_inline(story, b.text)}</p>')
        i += 1
    return "\n".join(out)


def day_of(story: Story) -> str:
    return story.opts["when"].split()[0]


# --- layout ----------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    (
        "/gioi-thieu/lich-su-phat-trien.html",
        "Giới thiệu",
        [
            ("/gioi-thieu/lich-su-phat-trien.html", "Lịch sử phát triển"),
            ("/gioi-thieu/doi-ngu-giang-vien.html", "Đội ngũ giảng viên"),
        ],
    ),
    ("#", "Các khoa", [(f"/khoa/{k}.html", v) for k, v in FACULTIES.items()]),
    (
        "/danh-muc/tin-hoat-dong.html",
        "Tin tức",
        [(f"/danh-muc/{k}.html", v) for k, v in CATEGORIES.items()],
    ),
    ("/an-pham.html", "Ấn phẩm", []),
    ("/lien-he.html", "Liên hệ", []),
]


def _menu() -> str:
    out = []
    for href, label, sub in MENU:
        if sub:
            items = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in sub)
            out.append(
                f'<li class="dropdown"><a href="{href}" class="dropdown-toggle" data-toggle="dropdown">'
                f'{esc(label)} <span class="caret"></span></a><ul class="dropdown-menu">{items}</ul></li>'
            )
        else:
            out.append(f'<li><a href="{href}">{esc(label)}</a></li>')
    return "".join(out)


def _sidebar() -> str:
    most = "".join(
        f'<li><a href="{news_path(s)}">{esc(BY_SLUG[s].title)}</a></li>' for s in MOST_READ
    )
    pub_slug, pub = next(iter(PUBLICATIONS.items()))
    return f"""<aside class="col-md-4 sidebar">
<div class="widget widget-most-read"><h4 class="widget-title">Đọc nhiều nhất</h4><ol>{most}</ol></div>
<div class="widget widget-publication"><h4 class="widget-title">Ấn phẩm mới</h4>
<a href="/an-pham/{pub_slug}.html"><img src="/uploads/an-pham/thumbs/{pub[5]}" class="img-responsive" alt="{esc(pub[0])}"></a></div>
<div class="widget widget-poll"><h4 class="widget-title">Thăm dò ý kiến</h4>
<form method="post" action="/binh-chon/3"><input type="hidden" name="_token" value="k2JtXq9VbZ7wR4sLdY0aPfMe">
<p>Bạn đánh giá thế nào về giao diện website mới của nhà trường?</p>
<div class="radio"><label><input type="radio" name="answer" value="1"> Rất đẹp, dễ sử dụng</label></div>
<div class="radio"><label><input type="radio" name="answer" value="2"> Bình thường</label></div>
<div class="radio"><label><input type="radio" name="answer" value="3"> Cần cải thiện</label></div>
<button type="submit" class="btn btn-primary btn-sm">Bình chọn</button></form></div>
<div class="widget widget-links"><h4 class="widget-title">Liên kết website</h4><ul>
<li><a href="https://hcma.vn" target="_blank">Học viện Chính trị quốc gia Hồ Chí Minh</a></li>
<li><a href="https://hcma3.hcma.vn" target="_blank">Học viện Chính trị khu vực III</a></li>
<li><a href="https://quangngai.gov.vn" target="_blank">Cổng TTĐT tỉnh Quảng Ngãi</a></li>
<li><a href="https://baoquangngai.vn" target="_blank">Báo Quảng Ngãi</a></li></ul></div>
<div class="widget widget-counter"><h4 class="widget-title">Thống kê truy cập</h4><ul class="list-unstyled">
<li>Đang online: <b>18</b></li><li>Hôm nay: <b>342</b></li><li>Tổng truy cập: <b>1.204.556</b></li></ul></div>
</aside>"""


def layout(request: Request, title: str, main: str, head: str = "") -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="k2JtXq9VbZ7wR4sLdY0aPfMe">
<title>{esc(title)}</title>
<link rel="shortcut icon" href="{base}/favicon.ico">
<link rel="stylesheet" href="{base}/themes/tct/css/bootstrap.min.css">
<link rel="stylesheet" href="{base}/themes/tct/css/font-awesome.min.css">
<link rel="stylesheet" href="{base}/themes/tct/css/style.css?v=2.3.1">
{head}
</head>
<body>
<div class="top-bar"><div class="container"><span class="today"><i class="fa fa-calendar"></i> {TODAY_TCT}</span>
<span class="pull-right hotline">Đường dây nóng: 0255 3822 147</span></div></div>
<header class="header"><div class="container">
<a class="logo" href="{base}/"><img src="{base}/themes/tct/images/logo.png" alt="Logo Trường Chính trị tỉnh Quảng Ngãi"></a>
<div class="site-name"><p class="parent">TỈNH ỦY QUẢNG NGÃI</p><p class="name">TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NGÃI</p></div>
<img class="banner hidden-xs" src="{base}/themes/tct/images/banner-trong-dong.png" alt="">
</div></header>
<nav class="navbar navbar-default main-nav"><div class="container">
<div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#nav">
<span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
<div class="collapse navbar-collapse" id="nav"><ul class="nav navbar-nav">{_menu()}</ul>
<form class="navbar-form navbar-right" action="/tim-kiem" method="get"><input class="form-control" name="q" placeholder="Tìm kiếm..."></form>
</div></div></nav>
<div class="container main"><div class="row">
<div class="col-md-8 content">
{main}
</div>
{_sidebar()}
</div></div>
<footer class="footer"><div class="container"><div class="row">
<div class="col-md-8"><p><strong>TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NGÃI</strong></p>
<p>Địa chỉ: Số 19 Lê Thánh Tôn, phường Nghĩa Chánh, thành phố Quảng Ngãi, tỉnh Quảng Ngãi</p>
<p>Điện thoại: 0255 3822 147 - Fax: 0255 3822 148 - Email: truongchinhtri@quangngai.gov.vn</p>
<p>Chịu trách nhiệm nội dung: TS. Phạm Thị Hồng Nhung - Phó Hiệu trưởng</p></div>
<div class="col-md-4 text-right"><p>&copy; 2026 Bản quyền thuộc Trường Chính trị tỉnh Quảng Ngãi</p>
<p>Thiết kế bởi <a href="https://vietweb-qn.vn" target="_blank">VietWeb Quảng Ngãi</a></p></div>
</div></div></footer>
<script src="{base}/themes/tct/js/jquery-1.12.4.min.js"></script>
<script src="{base}/themes/tct/js/bootstrap.min.js"></script>
<script src="{base}/themes/tct/js/main.js?v=2.3.1"></script>
</body>
</html>"""


def breadcrumb(trail: list[tuple[str, str]], last: str) -> str:
    items = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in trail)
    return f'<ol class="breadcrumb"><li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>{items}<li class="active">{esc(last)}</li></ol>'


def tools(request: Request, path: str, label: str = "In bài") -> str:
    full = base_url(request) + path
    return f"""<div class="post-tools clearfix">
<span class="font-size">Cỡ chữ: <a href="javascript:void(0)" class="font-minus">A-</a> <a href="javascript:void(0)" class="font-plus">A+</a></span>
<a class="print" href="{path}?print=1" target="_blank"><i class="fa fa-print"></i> {label}</a>
<a class="email" href="mailto:?subject=Chia%20s%E1%BA%BB%20b%C3%A0i%20vi%E1%BA%BFt&amp;body={full}"><i class="fa fa-envelope"></i> Gửi email</a>
<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={full}" target="_blank"><i class="fa fa-facebook"></i> Chia sẻ</a>
<a class="share-zalo" href="https://sp.zalo.me/share_inline?url={full}" target="_blank">Zalo</a>
</div>"""


# --- pages -----------------------------------------------------------------------------------


def news_page(request: Request, story: Story) -> Response:
    path = news_path(story.slug)
    base = base_url(request)
    cat = story.cat
    if request.params.get("print") == "1":
        lead = f'<p class="lead"><strong>{esc(story.summary)}</strong></p>' if story.summary else ""
        body = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(story.title)}</title>
<link rel="canonical" href="{base}{path}"><link rel="stylesheet" href="{base}/themes/tct/css/print.css"></head>
<body onload="window.print()"><div class="print-page"><p class="print-site">{esc(SITE_TITLE)}</p>
<h1 class="post-title">{esc(story.title)}</h1><p class="post-date">Ngày đăng: {story.opts["when"]}</p>
{lead}<div class="post-content">{render_content(story)}</div>
<p class="print-url">Địa chỉ bài viết: {base}{path}</p></div></body></html>"""
        return html(body)
    lead = f'<p class="lead">{esc(story.summary)}</p>' if story.summary else ""
    tags = ", ".join(
        f'<a href="/tim-kiem?q={quote_plus(t)}">{esc(t)}</a>' for t in story.opts.get("tags", [])
    )
    related = [s for s in STORIES if s.cat == cat and s is not story][:4]
    rel = "".join(
        f'<li><a href="{news_path(s.slug)}">{esc(s.title)}</a> <span class="date">({day_of(s)})</span></li>'
        for s in related
    )
    main = f"""<ol class="breadcrumb"><li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li><li><a href="/danh-muc/tin-hoat-dong.html">Tin tức</a></li><li class="active"><a href="/danh-muc/{cat}.html">{esc(CATEGORIES[cat])}</a></li></ol>
<div class="post-detail">
<h1 class="post-title">{esc(story.title)}</h1>
<div class="post-meta"><span class="post-date"><i class="fa fa-clock-o"></i> Ngày đăng: {story.opts["when"]}</span>
<span class="post-view"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span></div>
{tools(request, path)}
{lead}
<div class="post-content">
{render_content(story)}
</div>
<div class="post-tags"><i class="fa fa-tags"></i> Từ khóa: {tags}</div>
</div>
<div class="related-news"><h3 class="title">Tin liên quan</h3><ul>{rel}</ul></div>"""
    head = (
        f'<link rel="canonical" href="{base}{path}">\n'
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:url" content="{base}{path}">'
    )
    return html(layout(request, f"{story.title} - {SITE_TITLE}", main, head))


def profile_page(request: Request, slug: str) -> Response:
    name, fac, post, updated = LECTURERS[slug]
    path = f"/giang-vien/{slug}.html"
    parts: list[str] = [
        f'<p style="text-align: center;"><img alt="{esc(name)}" src="/uploads/giang-vien/{slug}.jpg" '
        'style="width: 300px; height: 400px;" /></p>',
        f'<p style="text-align: center;"><em>{esc(name)}, {esc(post)} {esc(FACULTIES[fac].removeprefix("Khoa ") if post.endswith("Khoa") else FACULTIES[fac])}</em></p>'
        if post != "Phó Hiệu trưởng"
        else f'<p style="text-align: center;"><em>{esc(name)}, Phó Hiệu trưởng nhà trường</em></p>',
    ]
    items: list[str] = []
    in_list = False
    for line in BIOS[slug]:
        if line in BIO_HEADINGS:
            if items:
                parts.append("<ul>" + "".join(items) + "</ul>")
                items = []
            parts.append(f"<h3><strong>{esc(line)}</strong></h3>")
            in_list = True
        elif in_list:
            items.append(f"<li>{esc(line)}</li>")
        else:
            parts.append(f'<p style="text-align: justify;">{esc(line)}</p>')
    if items:
        parts.append("<ul>" + "".join(items) + "</ul>")
    if slug == "nguyen-van-bay":
        parts.append(
            f'<p>Xem thêm: <a href="{news_path(S_GIAINHAT)}">Giảng viên Nguyễn Văn Bảy đạt giải Nhất '
            "Hội thi giảng viên dạy giỏi cấp tỉnh năm 2026</a></p>"
        )
    colleagues = "".join(
        f'<li><a href="/giang-vien/{s}.html">{esc(v[0])}</a> - {esc(v[2])}</li>'
        for s, v in LECTURERS.items()
        if v[1] == fac and s != slug
    )
    main = f"""{breadcrumb([("/gioi-thieu/lich-su-phat-trien.html", "Giới thiệu"), ("/gioi-thieu/doi-ngu-giang-vien.html", "Đội ngũ giảng viên")], name)}
<div class="post-detail lecturer-detail">
<h1 class="post-title">{esc(name)}</h1>
<div class="post-meta"><span class="post-date"><i class="fa fa-clock-o"></i> Cập nhật: {updated}</span>
<span class="post-unit"><i class="fa fa-university"></i> <a href="/khoa/{fac}.html">{esc(FACULTIES[fac])}</a></span></div>
{tools(request, path, "In trang")}
<div class="post-content">
{chr(10).join(parts)}
</div>
</div>
<div class="related-news"><h3 class="title">Giảng viên cùng khoa</h3><ul>{colleagues}</ul></div>"""
    head = f'<link rel="canonical" href="{base_url(request)}{path}">'
    return html(layout(request, f"{name} - {SITE_TITLE}", main, head))


def faculty_page(request: Request, slug: str) -> Response:
    title = FACULTIES[slug]
    first, second = FACULTY_TASKS[slug]
    rows = "".join(
        f'<tr><td>{n}</td><td><a href="/giang-vien/{s}.html">{esc(v[0])}</a></td><td>{esc(v[2])}</td></tr>'
        for n, (s, v) in enumerate(((s, v) for s, v in LECTURERS.items() if v[1] == slug), 1)
    )
    main = f"""{breadcrumb([("#", "Các khoa")], title)}
<div class="post-detail faculty-detail">
<h1 class="post-title">{esc(title)}</h1>
<div class="post-content">
<h3><strong>Chức năng, nhiệm vụ</strong></h3>
<p style="text-align: justify;">{esc(first)}</p>
<p style="text-align: justify;">{esc(second)}</p>
<h3><strong>Đội ngũ cán bộ, giảng viên</strong></h3>
<table class="table table-bordered"><thead><tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th></tr></thead>
<tbody>{rows}</tbody></table>
<p>Điện thoại văn phòng khoa: 0255 3822 150</p>
</div>
</div>"""
    return html(layout(request, f"{title} - {SITE_TITLE}", main))


def publication_page(request: Request, slug: str) -> Response:
    title, authors, publisher, year, pages, cover, desc = PUBLICATIONS[slug]
    main = f"""{breadcrumb([("/an-pham.html", "Ấn phẩm")], title)}
<div class="post-detail publication-detail"><div class="row">
<div class="col-sm-4"><img class="img-responsive book-cover" src="/uploads/an-pham/{cover}" alt="{esc(title)}"></div>
<div class="col-sm-8">
<h1 class="post-title">{esc(title)}</h1>
<ul class="book-info list-unstyled">
<li><strong>Tác giả:</strong> {esc(authors)}</li>
<li><strong>Nhà xuất bản:</strong> {esc(publisher)}</li>
<li><strong>Năm xuất bản:</strong> {year}</li>
<li><strong>Số trang:</strong> {pages}</li>
<li><strong>Khổ:</strong> 16 x 24 cm</li></ul>
</div></div>
<div class="post-content"><h3>Giới thiệu</h3>
<p style="text-align: justify;">{esc(desc[0])}</p>
<p style="text-align: justify;">{esc(desc[1])}</p>
<p><em>Bạn đọc có nhu cầu tham khảo liên hệ Thư viện nhà trường (phòng 104, nhà A).</em></p></div>
</div>"""
    return html(layout(request, f"{title} - {SITE_TITLE}", main))


def publications_list(request: Request) -> Response:
    items = "".join(
        f'<div class="col-sm-4 book-item"><a href="/an-pham/{s}.html"><img src="/uploads/an-pham/thumbs/{v[5]}" '
        f'class="img-responsive" alt=""></a><h4><a href="/an-pham/{s}.html">{esc(v[0])}</a></h4>'
        f"<p>Năm xuất bản: {v[3]}</p></div>"
        for s, v in PUBLICATIONS.items()
    )
    main = f'{breadcrumb([], "Ấn phẩm")}<h1 class="page-title">Ấn phẩm</h1><div class="row">{items}</div>'
    return html(layout(request, f"Ấn phẩm - {SITE_TITLE}", main))


def lecturers_list(request: Request) -> Response:
    items = "".join(
        f'<div class="col-sm-4 lecturer-item"><a href="/giang-vien/{s}.html"><img src="/uploads/giang-vien/thumbs/{s}.jpg" '
        f'class="img-circle" alt=""></a><h4><a href="/giang-vien/{s}.html">{esc(v[0])}</a></h4>'
        f"<p>{esc(v[2])} - {esc(FACULTIES[v[1]])}</p></div>"
        for s, v in LECTURERS.items()
    )
    main = (
        breadcrumb([("/gioi-thieu/lich-su-phat-trien.html", "Giới thiệu")], "Đội ngũ giảng viên")
        + f'<h1 class="page-title">Đội ngũ giảng viên</h1><div class="row">{items}</div>'
    )
    return html(layout(request, f"Đội ngũ giảng viên - {SITE_TITLE}", main))


def history_page(request: Request) -> Response:
    main = f"""{breadcrumb([("/gioi-thieu/lich-su-phat-trien.html", "Giới thiệu")], "Lịch sử phát triển")}
<div class="post-detail"><h1 class="post-title">Lịch sử phát triển</h1>
<div class="post-content">
<p>Trường Chính trị tỉnh Quảng Ngãi tiền thân là Trường Đảng tỉnh Quảng Ngãi, được thành lập năm 1949.</p>
<p>Năm 1989, sau khi tái lập tỉnh, Trường được thành lập lại theo Quyết định của Tỉnh ủy Quảng Ngãi; năm 2019 được công nhận đạt chuẩn mức 1.</p>
<p>Nhà trường được Chủ tịch nước tặng Huân chương Lao động hạng Nhất (2019).</p>
</div></div>"""
    return html(layout(request, f"Lịch sử phát triển - {SITE_TITLE}", main))


def contact_page(request: Request) -> Response:
    main = f"""{breadcrumb([], "Liên hệ")}
<div class="contact"><h1 class="page-title">Liên hệ</h1>
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NGÃI</strong></p>
<p>Địa chỉ: Số 19 Lê Thánh Tôn, phường Nghĩa Chánh, thành phố Quảng Ngãi</p>
<p>Điện thoại: 0255 3822 147 - Email: truongchinhtri@quangngai.gov.vn</p>
<form method="post" action="/lien-he.html" class="form-horizontal"><input type="hidden" name="_token" value="k2JtXq9VbZ7wR4sLdY0aPfMe">
<div class="form-group"><label>Họ và tên</label><input class="form-control" name="name"></div>
<div class="form-group"><label>Email</label><input class="form-control" name="email"></div>
<div class="form-group"><label>Nội dung</label><textarea class="form-control" name="content"></textarea></div>
<button type="submit" class="btn btn-primary">Gửi liên hệ</button></form>
<iframe src="https://www.google.com/maps/embed?pb=!1m18" width="100%" height="300" frameborder="0"></iframe></div>"""
    return html(layout(request, f"Liên hệ - {SITE_TITLE}", main))


def _item(s: Story) -> str:
    thumb = next((b.src for b in s.blocks if isinstance(b, Img)), "/themes/tct/images/no-image.jpg")
    excerpt = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    excerpt = excerpt if len(excerpt) < 160 else excerpt[:157].rsplit(" ", 1)[0] + "..."
    return f"""<div class="media news-item">
<div class="media-left"><a href="{news_path(s.slug)}"><img class="media-object" src="{thumb.replace("/images/", "/thumbs/")}" width="200" alt=""></a></div>
<div class="media-body"><h4 class="media-heading"><a href="{news_path(s.slug)}">{esc(s.title)}</a></h4>
<p class="date"><i class="fa fa-calendar"></i> {day_of(s)}</p><p class="excerpt">{esc(excerpt)}</p></div></div>"""


def category_page(request: Request, key: str) -> Response:
    raw = request.params.get("page", "1")
    if not raw.isdigit() or int(raw) < 1:
        return html(layout(request, "404", "<h1>404 - Không tìm thấy trang</h1>"), status=404)
    page = int(raw)
    posts = [s for s in STORIES if s.cat == key]
    pages = max(1, -(-len(posts) // PER_PAGE))
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = (
        "\n".join(_item(s) for s in chunk) or '<p class="empty">Chưa có bài viết trong mục này.</p>'
    )
    base = base_url(request)
    href = f"{base}/danh-muc/{key}.html?page="
    pager = ""
    if pages > 1:
        lis = [
            '<li class="disabled"><span>&laquo;</span></li>'
            if page <= 1
            else f'<li><a href="{href}{page - 1}" rel="prev">&laquo;</a></li>'
        ]
        for n in range(1, pages + 1):
            lis.append(
                f'<li class="active"><span>{n}</span></li>'
                if n == page
                else f'<li><a href="{href}{n}">{n}</a></li>'
            )
        lis.append(
            '<li class="disabled"><span>&raquo;</span></li>'
            if page >= pages
            else f'<li><a href="{href}{page + 1}" rel="next">&raquo;</a></li>'
        )
        pager = '<ul class="pagination">' + "".join(lis) + "</ul>"
    name = CATEGORIES[key]
    main = f"""{breadcrumb([("/danh-muc/tin-hoat-dong.html", "Tin tức")], name)}
<h1 class="page-title">{esc(name)}</h1>
<div class="news-list">
{items}
</div>
{pager}"""
    return html(layout(request, f"{name} - {SITE_TITLE}", main))


def home(request: Request) -> Response:
    slides = "".join(
        f'<div class="item{" active" if n == 0 else ""}"><a href="{news_path(s.slug)}?{UTM.replace("&", "&amp;")}">'
        f'<img src="{next(b.src for b in s.blocks if isinstance(b, Img))}" alt=""></a>'
        f'<div class="carousel-caption"><h3>{esc(s.title)}</h3></div></div>'
        for n, s in enumerate(SLIDER)
    )
    latest = "".join(
        f'<li><a href="{news_path(s.slug)}">{esc(s.title)}</a> <span class="date">{day_of(s)}</span></li>'
        for s in STORIES[:6]
    )
    blocks = []
    for key, name in CATEGORIES.items():
        posts = [s for s in STORIES if s.cat == key][:4]
        lis = "".join(f'<li><a href="{news_path(s.slug)}">{esc(s.title)}</a></li>' for s in posts)
        blocks.append(
            f'<div class="col-sm-6 cat-block"><h3 class="block-title"><a href="/danh-muc/{key}.html">{esc(name)}</a></h3>'
            f'<ul>{lis}</ul><a class="more" href="/danh-muc/{key}.html">Xem thêm &raquo;</a></div>'
        )
    featured = "".join(
        f'<div class="col-xs-4 text-center"><a href="/giang-vien/{s}.html"><img src="/uploads/giang-vien/thumbs/{s}.jpg" '
        f'class="img-circle" alt=""></a><p><a href="/giang-vien/{s}.html">{esc(LECTURERS[s][0])}</a></p></div>'
        for s in ("nguyen-van-bay", "le-thi-tuyet", "huynh-minh-duc")
    )
    pubs = "".join(
        f'<li><a href="/an-pham/{s}.html">{esc(v[0])}</a> ({v[3]})</li>'
        for s, v in PUBLICATIONS.items()
    )
    main = f"""<div id="slider" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div></div>
<div class="block-latest"><h3 class="block-title">Tin mới</h3><ul>{latest}</ul></div>
<div class="row">{"".join(blocks)}</div>
<div class="block-lecturers"><h3 class="block-title"><a href="/gioi-thieu/doi-ngu-giang-vien.html">Giảng viên tiêu biểu</a></h3><div class="row">{featured}</div></div>
<div class="block-publications"><h3 class="block-title"><a href="/an-pham.html">Ấn phẩm</a></h3><ul>{pubs}</ul></div>"""
    return html(layout(request, SITE_TITLE, main))


def search_page(request: Request) -> Response:
    """ "Kết quả tìm kiếm": the tag links of the news lead here; a listing, not an article."""
    q = request.params.get("q", "").strip()
    needle = q.lower()
    found = [
        s
        for s in STORIES
        if needle
        and (needle in s.title.lower() or any(needle == t.lower() for t in s.opts.get("tags", [])))
    ]
    items = "\n".join(_item(s) for s in found) or "<p>Không tìm thấy kết quả phù hợp.</p>"
    main = (
        breadcrumb([], "Tìm kiếm")
        + f'<h1 class="page-title">Kết quả tìm kiếm: “{esc(q)}”</h1>'
        + f'<p class="count">Tìm thấy {len(found)} kết quả</p><div class="news-list">{items}</div>'
    )
    return html(layout(request, f"Tìm kiếm - {SITE_TITLE}", main))


def not_found(request: Request) -> Response:
    main = '<div class="error-page"><h1>404</h1><p>Trang bạn tìm không tồn tại.</p><a href="/">Về trang chủ</a></div>'
    return html(layout(request, f"Không tìm thấy trang - {SITE_TITLE}", main), status=404)


class TctSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/themes/")) or path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/index.php"):
            return home(request) if path == "/" else not_found(request)
        if m := re.fullmatch(r"/tin-tuc/([a-z0-9-]+)\.html", path):
            story = BY_SLUG.get(m.group(1))
            return news_page(request, story) if story else not_found(request)
        if m := re.fullmatch(r"/danh-muc/([a-z0-9-]+)\.html", path):
            return (
                category_page(request, m.group(1))
                if m.group(1) in CATEGORIES
                else not_found(request)
            )
        if m := re.fullmatch(r"/giang-vien/([a-z0-9-]+)\.html", path):
            return (
                profile_page(request, m.group(1)) if m.group(1) in LECTURERS else not_found(request)
            )
        if m := re.fullmatch(r"/khoa/([a-z0-9-]+)\.html", path):
            return (
                faculty_page(request, m.group(1)) if m.group(1) in FACULTIES else not_found(request)
            )
        if m := re.fullmatch(r"/an-pham/([a-z0-9-]+)\.html", path):
            return (
                publication_page(request, m.group(1))
                if m.group(1) in PUBLICATIONS
                else not_found(request)
            )
        pages = {
            "/an-pham.html": publications_list,
            "/gioi-thieu/doi-ngu-giang-vien.html": lecturers_list,
            "/gioi-thieu/lich-su-phat-trien.html": history_page,
            "/lien-he.html": contact_page,
            "/tim-kiem": search_page,
        }
        if path in pages:
            return pages[path](request)
        return not_found(request)


def build_site() -> TctSite:
    return TctSite()
