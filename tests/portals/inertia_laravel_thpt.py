"""Fixture portal: an upper-secondary school rebuilt on Laravel 10 + Inertia.js + Vue 3 (SSR).

Imitates the site of "Trường THPT Trần Hưng Đạo" (Buôn Ma Thuột, Đắk Lắk) as a local studio
rebuilt it in 2024: Laravel 10 with Breeze (login/register), Inertia.js with server-side rendering
(a Node process renders the Vue 3 pages), Tailwind CSS, Vite assets under ``/build/assets/``,
Ziggy's route list in a ``<script>``. Every HTML page is ``<div id="app" data-page="{…}">`` whose
attribute holds the page object (component, props, url, version) as HTML-escaped JSON, *and* the
server-rendered markup of the Vue components inside it (with Vue's ``<!--[-->`` / ``<!--]-->``
fragment markers and scoped ``data-v-…`` attributes). Links are plain ``<a href>`` (Inertia's
``<Link>`` renders anchors). A request with ``X-Inertia: true`` gets the page object as JSON, the
way the client router navigates.

What it serves:

- ``/`` home: a hero banner, "Tin mới" (four newest news cards), "Thông báo" box, albums teaser;
- ``/tin-tuc``: all news (two categories, notices excluded), Laravel ``paginate(4)``; the Vue
  ``Pagination`` component renders the paginator's ``links`` array: "« Trước", numbers, "Sau »"
  as absolute URLs with ``?page=N`` (``?page=1`` for the first page: Laravel prints it);
  a sort bar links ``?sort=moi-nhat|xem-nhieu|cu-nhat`` and the paginator keeps the query string
  (``withQueryString()``); a search box filters with ``?q=``;
- ``/tin-tuc/danh-muc/<slug>``: the categories "Hoạt động giáo dục" (7 posts, ``paginate(3)``: three
  pages) and "Đoàn - Hội" (3 posts, one page);
- ``/tin-tuc/<slug>``: a news post (Vue component ``News/Show``): breadcrumbs, ``h1.text-3xl``,
  a meta line with an SVG calendar icon and the date only ("13/11/2026") and an SVG eye icon
  ("215 lượt xem"), the excerpt field as the lead ``p.text-lg.font-medium`` (the sapo) when filled,
  the CKEditor 5 body through ``v-html`` (p, h2, h3, ``figure.image`` with or without
  ``figcaption``, ``image-style-side``, ``image_resized``, ``figure.table``, blockquote, ul/ol),
  "Tác giả: …" from the author field when filled, "Nguồn: …" from the source field, tag chips,
  share buttons, "Bài viết liên quan" cards with dates; a sidebar "Tin mới nhất" with dates;
- ``/thong-bao`` and ``/thong-bao/<slug>``: the third category "Thông báo" has its own controller
  and component (``Notices/Show``) whose meta line prints time and date ("Đăng lúc 14:30 -
  23/11/2026") and a "Tệp đính kèm" box;
- non-articles: ``/gioi-thieu`` (static page with sections), ``/doi-ngu`` (teacher cards),
  ``/tuyen-sinh`` (admission page with a form posting to ``/tuyen-sinh/dang-ky``), ``/lien-he``
  (contact form), ``/thu-vien-anh`` and ``/thu-vien-anh/<album>`` (albums: photos with captions,
  no text), ``/van-ban`` (documents table linking PDFs under ``/storage/van-ban/``), ``/login``,
  ``/register``, ``/forgot-password`` (Breeze); ``/sitemap.xml`` (spatie/laravel-sitemap, named
  in robots.txt) lists every post and notice.
- chrome: a top bar with today's date (``TODAY``), hotline and "Đăng nhập"; the school's name;
  a nav with dropdowns; a cookie banner; a footer with address, hotline, e-mail, a Google Maps
  iframe and a visitor counter.

Traps and hard cases:

- the ``data-page`` JSON carries the whole post (title, body HTML, ``published_at``,
  ``created_at``, ``updated_at`` as Carbon's UTC ``…000000Z``, author, source, views). The printed
  date is what counts. Post 412 was published at 06:15 local time on 20/11/2026, so its JSON says
  ``2026-11-19T23:15:00.000000Z``: the previous day; ``updated_at`` is later than the
  publication on every post;
- ``?page=N`` past the last page (``/tin-tuc?page=999``) answers 200 with "Chưa có bài viết nào."
  and a paginator whose "« Trước" links ``?page=998``: a chain of empty pages if followed;
- the sort bar multiplies every listing by three (finite), and ``?page=1`` repeats page one;
- an editor pasted a preview link (``/tin-tuc/<slug>?preview=1``) into the body of post 396: the
  preview URL serves the same post for guests (with a "Bản xem trước" notice) and its
  ``rel=canonical`` names the clean path; gold lists it in ``alt_paths``;
- unknown slugs and categories answer Laravel's 404 page (a real 404); ``/login`` and
  ``/register`` are Breeze forms; admin URLs (``/admin/...``) redirect to ``/login``.

Gold, by hand, as a careful reader takes each page:

- ``published_at``: the printed date. News posts print a date only, so gold is the date only
  (``2026-11-20`` for post 412, not the JSON's UTC day); notices print a time, so gold carries it
  with +07:00.
- ``summary``: the lead paragraph (excerpt field) printed above the body; it is the body's first
  paragraph. Posts without an excerpt print none and have no summary. Notices have none.
- ``body``: lead, then the CKEditor paragraphs in order, sub-headings (h2/h3), list items and
  blockquote paragraphs each a paragraph; a table's rows are paragraphs with cells joined by
  " | " (header row included). Captions, in-body byline lines ("Bài, ảnh: …", "Tin: … - Ảnh: …"),
  the "Tác giả"/"Nguồn" fields, tags, share and related cards are not body.
- ``authors``: the "Tác giả" field (split on ", ") or the in-body signature; "Bài, ảnh: X" puts
  X in both lists; "Tin: X - Ảnh: Y" gives author X and photographer Y; a caption ending
  "(Ảnh: Thu Hà)" is kept as printed and names photographer Thu Hà.
- ``source``: the "Nguồn:" field as printed (a newspaper or the provincial Youth Union).
- ``images``: the ``<img>`` of the body only (card thumbnails, banners and the logo are not),
  caption = the ``figcaption`` text or None when the figure has none.
- ``category``: the category named in the breadcrumb ("Hoạt động giáo dục", "Đoàn - Hội",
  "Thông báo").
"""

from __future__ import annotations

import html as _html
import json
import re
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote, urlencode

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
    text,
)

NAME = "inertia_laravel_thpt"
PLATFORM = "laravel-inertia"
START_PATH = "/"

SITE = "Trường THPT Trần Hưng Đạo"
ADDRESS = "Số 126 đường Nguyễn Tất Thành, phường Tân Lợi, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk"
HOTLINE = "0262 3 852 417"
EMAIL = "c3tranhungdao.bmt@daklak.edu.vn"
VERSION = "5f1d0c8a4b7e93d2c6a1e08b7f3c9d14"
CSRF = opaque("inertia-csrf", 30)
NEWS_PER_PAGE = 4
CAT_PER_PAGE = 3
_LOCAL = timezone(timedelta(hours=7))

#: slug -> (id, printed name); "thong-bao" has its own controller at /thong-bao
CATS: dict[str, tuple[int, str]] = {
    "hoat-dong-giao-duc": (3, "Hoạt động giáo dục"),
    "doan-hoi": (5, "Đoàn - Hội"),
    "thong-bao": (7, "Thông báo"),
}
NEWS_CATS = ("hoat-dong-giao-duc", "doan-hoi")
TAGS = {
    "nha-giao": "Ngày Nhà giáo Việt Nam",
    "chuyen-mon": "Chuyên môn",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "trai-nghiem": "Trải nghiệm",
    "doan-thanh-nien": "Đoàn thanh niên",
    "on-thi-tn": "Ôn thi tốt nghiệp",
}
_UP = "/storage/uploads/2026"

# opts: at (local publication time, as stored), upd (local updated_at), author_field,
# source_field, tags, attach (href, name, size) for notices
STORIES: list[Story] = [
    Story(
        id=413,
        slug="lich-kiem-tra-cuoi-ky-i-nam-hoc-2026-2027",
        title="Lịch kiểm tra cuối kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-23T14:30:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch giáo dục năm học 2026 - 2027, nhà trường thông báo lịch kiểm tra cuối"
                " kỳ I các môn kiểm tra tập trung đối với học sinh ba khối như sau:"
            ),
            P("Ngày | Buổi sáng (7h00) | Buổi chiều (13h30)", "th"),
            P("Thứ Hai, 14/12/2026 | Ngữ văn (90 phút) | Lịch sử (45 phút)", "tr"),
            P("Thứ Ba, 15/12/2026 | Toán (90 phút) | Tiếng Anh (60 phút)", "tr"),
            P("Thứ Tư, 16/12/2026 | Các môn lựa chọn (45 phút) | Dự phòng", "tr"),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh."
                " Danh sách phòng kiểm tra được niêm yết tại bảng tin của nhà trường từ ngày 10/12/2026."
            ),
        ],
        opts={
            "at": "2026-11-23 14:30",
            "upd": "2026-11-24 08:05",
            "tags": ["chuyen-mon"],
            "attach": ("/storage/files/2026/11/lich-kiem-tra-cuoi-ky-i-2026-2027.pdf", "lich-kiem-tra-cuoi-ky-i-2026-2027.pdf", "186 KB"),
        },
    ),
    Story(
        id=412,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="hoat-dong-giao-duc",
        published_at="2026-11-20",
        summary=(
            "Sáng 19/11/2026, Trường THPT Trần Hưng Đạo long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà"
            " giáo Việt Nam, tri ân các thế hệ thầy cô giáo đã và đang công tác tại trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo tỉnh Đắk Lắk, Hội Cựu giáo"
                " chức thành phố Buôn Ma Thuột, Ban đại diện cha mẹ học sinh cùng đông đảo thầy cô giáo"
                " nghỉ hưu và hơn 1.500 học sinh của trường."
            ),
            Img(
                f"{_UP}/11/ky-niem-20-11-chuong-trinh-van-nghe.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11A3",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11A3",
                "figure",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Nguyễn Văn Thịnh, Hiệu trưởng nhà trường, ôn lại truyền"
                " thống tôn sư trọng đạo của dân tộc và điểm lại những kết quả nổi bật của nhà trường"
                " trong năm học 2025 - 2026: tỉ lệ tốt nghiệp THPT đạt 99,6%, 42 giải học sinh giỏi cấp"
                " tỉnh, 3 giải học sinh giỏi quốc gia."
            ),
            P(
                "Dịp này, nhà trường khen thưởng 16 giáo viên có thành tích xuất sắc trong phong trào thi"
                " đua “Dạy tốt - Học tốt” và trao tặng kỷ niệm chương cho các thầy cô đã nghỉ hưu."
            ),
            Img(
                f"{_UP}/11/ky-niem-20-11-khen-thuong.jpg",
                "Thầy Hiệu trưởng Nguyễn Văn Thịnh trao giấy khen cho các giáo viên",
                "Thầy Hiệu trưởng Nguyễn Văn Thịnh trao giấy khen cho các giáo viên",
                "figure",
            ),
            P(
                "Thay mặt học sinh toàn trường, em Lê Ngọc Bảo Trâm (lớp 12A1) bày tỏ lòng biết ơn sâu"
                " sắc đối với thầy cô và hứa sẽ tiếp tục thi đua học tập, rèn luyện, xứng đáng với truyền"
                " thống của trường."
            ),
        ],
        authors=["Nguyễn Thị Thu Hằng"],
        opts={"at": "2026-11-20 06:15", "upd": "2026-11-20 09:40", "author_field": "Nguyễn Thị Thu Hằng", "tags": ["nha-giao"]},
    ),
    Story(
        id=410,
        slug="doan-truong-phat-dong-phong-trao-ao-am-mua-dong-nam-2026",
        title="Đoàn trường phát động phong trào “Áo ấm mùa đông” năm 2026",
        cat="doan-hoi",
        published_at="2026-11-18",
        blocks=[
            P(
                "Ngày 16/11/2026, Đoàn trường THPT Trần Hưng Đạo phát động phong trào “Áo ấm mùa đông”"
                " nhằm quyên góp áo ấm, chăn màn, sách vở gửi tặng học sinh các buôn đồng bào dân tộc"
                " thiểu số tại huyện Lắk và huyện Krông Bông."
            ),
            P(
                "Mỗi chi đoàn đăng ký ít nhất 30 chiếc áo ấm còn sử dụng tốt và 20 quyển vở mới. Các"
                " phần quà được tập kết tại văn phòng Đoàn trường trước ngày 05/12/2026."
            ),
            Img(
                f"{_UP}/11/ao-am-mua-dong-phat-dong.jpg",
                "Đại diện các chi đoàn đăng ký tham gia phong trào",
                "Đại diện các chi đoàn đăng ký tham gia phong trào",
                "figure",
            ),
            P(
                "Năm 2025, phong trào đã trao hơn 800 áo ấm và 2.000 quyển vở cho học sinh hai trường"
                " phổ thông dân tộc bán trú trên địa bàn tỉnh."
            ),
        ],
        authors=["Phan Quốc Bảo"],
        opts={"at": "2026-11-18 10:20", "upd": "2026-11-18 10:26", "author_field": "Phan Quốc Bảo", "tags": ["doan-thanh-nien"]},
    ),
    Story(
        id=409,
        slug="hoi-giang-chao-mung-ngay-nha-giao-24-tiet-day-ung-dung-cong-nghe-so",
        title="Hội giảng chào mừng Ngày Nhà giáo: 24 tiết dạy tốt ứng dụng công nghệ số",
        cat="hoat-dong-giao-duc",
        published_at="2026-11-16",
        blocks=[
            P(
                "Từ ngày 02 đến 13/11/2026, các tổ chuyên môn của trường tổ chức hội giảng chào mừng"
                " Ngày Nhà giáo Việt Nam với 24 tiết dạy của giáo viên thuộc 8 tổ chuyên môn."
            ),
            P("Đổi mới phương pháp, chú trọng hoạt động của học sinh", "h2"),
            P(
                "Các tiết dạy được thiết kế theo hướng phát triển phẩm chất, năng lực; học sinh được tổ"
                " chức hoạt động nhóm, trình bày sản phẩm và tự đánh giá. Nhiều giáo viên sử dụng học"
                " liệu số, phần mềm mô phỏng và hệ thống quản lý học tập của trường."
            ),
            Img(f"{_UP}/11/hoi-giang-tiet-day-vat-li.jpg", None, None, "figure"),
            P("Kết quả", "h2"),
            P(
                "Ban giám khảo xếp loại Tốt 20 tiết dạy, loại Khá 4 tiết dạy. Các tiết dạy tiêu biểu được"
                " quay video, lưu vào kho học liệu dùng chung của nhà trường."
            ),
            Raw('<p style="text-align:right;"><strong>Bài, ảnh: Trần Minh Đức</strong></p>'),
        ],
        authors=["Trần Minh Đức"],
        photographers=["Trần Minh Đức"],
        opts={"at": "2026-11-16 15:05", "upd": "2026-11-17 07:30", "tags": ["nha-giao", "chuyen-mon"]},
    ),
    Story(
        id=405,
        slug="hoc-sinh-dat-18-giai-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
        title="Học sinh đạt 18 giải tại Kỳ thi chọn học sinh giỏi văn hóa cấp tỉnh lớp 12",
        cat="hoat-dong-giao-duc",
        published_at="2026-11-11",
        summary=(
            "Tại Kỳ thi chọn học sinh giỏi văn hóa cấp tỉnh lớp 12 năm học 2026 - 2027, đội tuyển"
            " của trường đạt 18 giải, trong đó có 2 giải Nhất, 5 giải Nhì, 6 giải Ba và 5 giải"
            " Khuyến khích."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi do Sở Giáo dục và Đào tạo tỉnh Đắk Lắk tổ chức ngày 28 và 29/10/2026 với 1.146"
                " thí sinh dự thi 11 môn. Kết quả của đội tuyển nhà trường theo từng môn:"
            ),
            P("Môn thi | Nhất | Nhì | Ba | Khuyến khích", "th"),
            P("Toán | 1 | 1 | 2 | 0", "tr"),
            P("Vật lí | 0 | 2 | 1 | 1", "tr"),
            P("Ngữ văn | 1 | 1 | 1 | 2", "tr"),
            P("Tiếng Anh | 0 | 1 | 2 | 2", "tr"),
            P(
                "Hai em đạt giải Nhất là Nguyễn Hoàng Gia Huy (lớp 12A1, môn Toán) và Đỗ Thị Minh Anh"
                " (lớp 12C1, môn Ngữ văn). Các em có giải sẽ được xét chọn vào đội tuyển dự thi học sinh"
                " giỏi quốc gia năm 2027."
            ),
        ],
        authors=["Lê Văn Hùng", "Phạm Thị Mai"],
        opts={"at": "2026-11-11 16:40", "upd": "2026-11-12 08:00", "author_field": "Lê Văn Hùng, Phạm Thị Mai", "tags": ["hoc-sinh-gioi"]},
    ),
    Story(
        id=403,
        slug="cho-hoc-sinh-nghi-hoc-do-anh-huong-cua-bao-so-13",
        title="Cho học sinh nghỉ học do ảnh hưởng của bão số 13",
        cat="thong-bao",
        published_at="2026-11-08T17:45:00+07:00",
        blocks=[
            P(
                "Thực hiện Công văn số 2115/SGDĐT-VP ngày 08/11/2026 của Sở Giáo dục và Đào tạo về việc"
                " chủ động ứng phó với bão số 13, nhà trường cho toàn thể học sinh nghỉ học ngày Thứ"
                " Hai, 09/11/2026."
            ),
            P(
                "Giáo viên chủ nhiệm thông báo đến cha mẹ học sinh qua nhóm lớp; học sinh không đến"
                " trường, không đi ra sông suối, khu vực nguy hiểm trong thời gian mưa bão."
            ),
            P("Lịch học bù sẽ được nhà trường thông báo sau."),
        ],
        opts={"at": "2026-11-08 17:45", "upd": "2026-11-08 17:52", "tags": []},
    ),
    Story(
        id=401,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-mon-ngu-van",
        title="Chuyên đề “Dạy học phát triển năng lực môn Ngữ văn theo Chương trình GDPT 2018”",
        cat="hoat-dong-giao-duc",
        published_at="2026-11-05",
        blocks=[
            P(
                "Chiều 03/11/2026, tổ Ngữ văn tổ chức chuyên đề “Dạy học phát triển năng lực môn Ngữ văn"
                " theo Chương trình GDPT 2018” với sự tham dự của giáo viên Ngữ văn các trường THPT trong"
                " cụm thi đua số 1."
            ),
            Img(
                f"{_UP}/11/chuyen-de-ngu-van.jpg",
                "Cô Hoàng Thị Yến trao đổi tại chuyên đề (Ảnh: Thu Hà)",
                "Cô Hoàng Thị Yến trao đổi tại chuyên đề (Ảnh: Thu Hà)",
                "resized",
            ),
            P("Chuyên đề tập trung vào ba nội dung:"),
            P("Thiết kế nhiệm vụ đọc hiểu văn bản theo thể loại;", "ol"),
            P("Tổ chức hoạt động viết bài nghị luận theo quy trình;", "ol"),
            P("Đánh giá năng lực nói và nghe bằng bảng kiểm.", "ol"),
            P(
                "Dạy văn hôm nay không phải là giảng cho học sinh nghe một bài văn hay, mà là giúp các em"
                " biết tự đọc một văn bản mới.",
                "quote",
            ),
            P(
                "Các ý kiến thảo luận đề xuất tăng thời lượng cho học sinh thực hành, xây dựng ngân hàng"
                " văn bản ngoài sách giáo khoa để dùng trong kiểm tra, đánh giá."
            ),
        ],
        authors=["Hoàng Thị Yến"],
        photographers=["Thu Hà"],
        opts={"at": "2026-11-05 11:10", "upd": "2026-11-05 11:10", "author_field": "Hoàng Thị Yến", "tags": ["chuyen-mon"]},
    ),
    Story(
        id=399,
        slug="chung-ket-hoi-thi-rung-chuong-vang-khoi-10-nam-2026",
        title="Chung kết Hội thi “Rung chuông vàng” khối 10 năm 2026",
        cat="doan-hoi",
        published_at="2026-11-02",
        summary=(
            "Chiều 31/10/2026, Đoàn trường tổ chức vòng chung kết Hội thi “Rung chuông vàng” dành cho"
            " 100 học sinh xuất sắc nhất của 12 lớp khối 10."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các câu hỏi thuộc nhiều lĩnh vực: kiến thức các môn học, lịch sử địa phương, văn hóa"
                " Tây Nguyên và kỹ năng sống. Sau 25 câu hỏi, em Y Thanh Êban (lớp 10A2) là thí sinh duy"
                " nhất vượt qua câu hỏi cuối cùng và rung được chuông vàng."
            ),
            Img(
                f"{_UP}/10/rung-chuong-vang-khoi-10.jpg",
                "Các thí sinh trả lời câu hỏi tại vòng chung kết",
                "Các thí sinh trả lời câu hỏi tại vòng chung kết",
                "figure",
            ),
            Img(f"{_UP}/10/rung-chuong-vang-trao-giai.jpg", None, None, "figure"),
            P(
                "Ban tổ chức trao giải Nhất cho em Y Thanh Êban, giải Nhì cho em Vũ Khánh Linh (lớp 10A5)"
                " và giải Ba cho em Trịnh Gia Bảo (lớp 10A1)."
            ),
            Raw('<p style="text-align:right;"><em>Tin: Y Linh Niê - Ảnh: Đoàn Thanh Tùng</em></p>'),
        ],
        authors=["Y Linh Niê"],
        photographers=["Đoàn Thanh Tùng"],
        opts={"at": "2026-11-02 08:30", "upd": "2026-11-03 09:12", "tags": ["doan-thanh-nien"]},
    ),
    Story(
        id=396,
        slug="so-gddt-kiem-tra-cong-tac-chuyen-mon-dau-nam-hoc",
        title="Sở GD&ĐT kiểm tra công tác chuyên môn đầu năm học tại Trường THPT Trần Hưng Đạo",
        cat="hoat-dong-giao-duc",
        published_at="2026-10-29",
        summary=(
            "Ngày 27/10/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo do bà Trần Thị Lan Hương, Phó"
            " Giám đốc Sở làm trưởng đoàn đã kiểm tra công tác chuẩn bị và triển khai nhiệm vụ năm học"
            " tại trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đoàn đã dự giờ 12 tiết dạy, kiểm tra hồ sơ chuyên môn của 6 tổ, kế hoạch giáo dục nhà"
                " trường và việc thực hiện Chương trình giáo dục phổ thông 2018 ở cả ba khối lớp."
            ),
            P(
                "Đoàn ghi nhận nhà trường đã xây dựng kế hoạch dạy học chi tiết, tổ chức tốt các chuyên đề"
                " chuyên môn; nội dung chuyên đề Ngữ văn gần đây có thể xem lại tại đây."
            ),
            P(
                "Bà Trần Thị Lan Hương đề nghị nhà trường tiếp tục đẩy mạnh chuyển đổi số trong quản lý,"
                " đổi mới kiểm tra, đánh giá và quan tâm hơn đến học sinh có hoàn cảnh khó khăn."
            ),
        ],
        authors=["Hoàng Lâm"],
        source="Báo Đắk Lắk",
        opts={
            "at": "2026-10-29 09:00",
            "upd": "2026-10-30 14:22",
            "author_field": "Hoàng Lâm",
            "source_field": "Báo Đắk Lắk",
            "tags": ["chuyen-mon"],
            # the editor's pasted preview link: (words of the paragraph, story id)
            "preview_link": ("tại đây", 401),
        },
    ),
    Story(
        id=390,
        slug="hoc-sinh-khoi-11-trai-nghiem-thuc-te-tai-bao-tang-dak-lak",
        title="Học sinh khối 11 trải nghiệm thực tế tại Bảo tàng Đắk Lắk",
        cat="hoat-dong-giao-duc",
        published_at="2026-10-21",
        blocks=[
            P(
                "Trong hai ngày 19 và 20/10/2026, hơn 500 học sinh khối 11 tham gia hoạt động trải"
                " nghiệm “Tìm hiểu văn hóa các dân tộc Tây Nguyên” tại Bảo tàng Đắk Lắk."
            ),
            Img(f"{_UP}/10/trai-nghiem-bao-tang-01.jpg", None, None, "side"),
            P(
                "Các em được nghe thuyết minh về nhà dài, cồng chiêng, trang phục truyền thống của người"
                " Ê Đê, M’nông, Gia Rai; tham gia trò chơi tìm hiểu hiện vật và hoàn thành phiếu học tập"
                " của môn Lịch sử và Địa lí địa phương."
            ),
            Img(f"{_UP}/10/trai-nghiem-bao-tang-02.jpg", None, None, "figure"),
            Img(f"{_UP}/10/trai-nghiem-bao-tang-03.jpg", None, None, "figure"),
            P(
                "Sau chuyến đi, mỗi nhóm học sinh hoàn thành một sản phẩm (bài thuyết trình, video hoặc"
                " tập san) để trưng bày tại tuần lễ văn hóa của nhà trường."
            ),
            Raw('<p style="text-align:right;">Tin, ảnh: <strong>Đoàn Thanh Tùng</strong></p>'),
        ],
        authors=["Đoàn Thanh Tùng"],
        photographers=["Đoàn Thanh Tùng"],
        opts={"at": "2026-10-21 16:00", "upd": "2026-10-22 07:45", "tags": ["trai-nghiem"]},
    ),
    Story(
        id=392,
        slug="hop-cha-me-hoc-sinh-giua-hoc-ky-i-nam-hoc-2026-2027",
        title="Họp cha mẹ học sinh giữa học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-10-24T07:30:00+07:00",
        blocks=[
            P(
                "Nhà trường tổ chức họp cha mẹ học sinh giữa học kỳ I vào lúc 7 giờ 30 phút sáng Chủ"
                " nhật, ngày 01/11/2026 tại phòng học của các lớp."
            ),
            P("Nội dung cuộc họp:"),
            P("Thông báo kết quả học tập, rèn luyện giữa học kỳ I của học sinh;", "li"),
            P("Trao đổi về công tác phối hợp giáo dục học sinh giữa gia đình và nhà trường;", "li"),
            P("Góp ý kiến cho hoạt động của Ban đại diện cha mẹ học sinh.", "li"),
            P("Kính mong quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ."),
        ],
        opts={"at": "2026-10-24 07:30", "upd": "2026-10-24 07:31", "tags": []},
    ),
    Story(
        id=387,
        slug="ra-quan-ngay-thu-bay-tinh-nguyen-vi-moi-truong-xanh",
        title="Ra quân “Ngày thứ Bảy tình nguyện” vì môi trường xanh",
        cat="doan-hoi",
        published_at="2026-10-16",
        blocks=[
            P(
                "Sáng thứ Bảy 10/10/2026, hơn 300 đoàn viên Đoàn trường THPT Trần Hưng Đạo ra quân dọn"
                " vệ sinh, thu gom rác thải nhựa tại hồ Ea Kao và các tuyến đường quanh trường."
            ),
            P(
                "Các chi đoàn còn trồng 50 cây sao đen dọc đường Nguyễn Tất Thành và tuyên truyền người"
                " dân phân loại rác tại nguồn."
            ),
            Img(
                f"{_UP}/10/thu-bay-tinh-nguyen-ho-ea-kao.jpg",
                "Đoàn viên thu gom rác thải nhựa tại hồ Ea Kao",
                "Đoàn viên thu gom rác thải nhựa tại hồ Ea Kao",
                "figure",
            ),
            P(
                "Hoạt động nằm trong chuỗi chương trình “Tuổi trẻ Đắk Lắk chung tay vì môi trường” do"
                " Tỉnh Đoàn phát động."
            ),
        ],
        authors=["Minh Châu"],
        source="Tỉnh Đoàn Đắk Lắk",
        opts={"at": "2026-10-16 13:15", "upd": "2026-10-16 13:15", "author_field": "Minh Châu", "source_field": "Tỉnh Đoàn Đắk Lắk", "tags": ["doan-thanh-nien"]},
    ),
    Story(
        id=384,
        slug="hoi-thao-dinh-huong-on-thi-tot-nghiep-thpt-nam-2027",
        title="Hội thảo định hướng ôn thi tốt nghiệp THPT năm 2027",
        cat="hoat-dong-giao-duc",
        published_at="2026-10-12",
        blocks=[
            P(
                "Ngày 10/10/2026, nhà trường tổ chức hội thảo định hướng ôn thi tốt nghiệp THPT năm 2027"
                " cho giáo viên dạy khối 12 và đại diện cha mẹ học sinh."
            ),
            P("Những điểm mới cần lưu ý", "h3"),
            P("Đề thi tiếp tục theo định dạng mới, tăng câu hỏi gắn với thực tiễn;", "li"),
            P("Học sinh cần ôn tập đều các chủ đề, không học tủ, học lệch;", "li"),
            P("Các lớp ôn tập theo nhóm năng lực từ tháng 01/2027.", "li"),
            P("Kế hoạch của nhà trường", "h3"),
            P(
                "Nhà trường sẽ tổ chức ba đợt thi thử vào tháng 01, tháng 3 và tháng 5/2027; kết quả"
                " từng đợt được gửi đến cha mẹ học sinh qua sổ liên lạc điện tử."
            ),
        ],
        opts={"at": "2026-10-12 10:45", "upd": "2026-10-13 15:02", "tags": ["on-thi-tn"]},
    ),
]

_BY_SLUG: dict[str, Story] = {s.slug: s for s in STORIES}
_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/thong-bao/{story.slug}" if story.cat == "thong-bao" else f"/tin-tuc/{story.slug}"


def newest(cat: str | None = None, *, news_only: bool = False) -> list[Story]:
    items = [
        s
        for s in STORIES
        if (cat is None or s.cat == cat) and (not news_only or s.cat in NEWS_CATS)
    ]
    return sorted(items, key=lambda s: s.opts["at"], reverse=True)


def pages(count: int, per_page: int) -> int:
    return max(1, -(-count // per_page))


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        CATS[s.cat][1],
        alt_paths=[article_path(s) + "?preview=1"] if s.id == 401 else (),
    )
    for s in newest()
]

_STATIC_ALBUMS = {
    "khai-giang-nam-hoc-2026-2027": ("Lễ khai giảng năm học 2026 - 2027", "05/09/2026", 5),
    "hoi-trai-26-3-2026": ("Hội trại mừng 95 năm thành lập Đoàn", "27/03/2026", 4),
    "le-tri-an-truong-thanh-2026": ("Lễ tri ân và trưởng thành khóa 2023 - 2026", "30/05/2026", 3),
}

NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc",
    *(f"/tin-tuc?page={n}" for n in range(2, pages(len(newest(news_only=True)), NEWS_PER_PAGE) + 1)),
    *(f"/tin-tuc/danh-muc/{c}" for c in NEWS_CATS),
    *(
        f"/tin-tuc/danh-muc/hoat-dong-giao-duc?page={n}"
        for n in range(2, pages(len(newest("hoat-dong-giao-duc")), CAT_PER_PAGE) + 1)
    ),
    "/thong-bao",
    "/gioi-thieu",
    "/doi-ngu",
    "/tuyen-sinh",
    "/lien-he",
    "/thu-vien-anh",
    *(f"/thu-vien-anh/{a}" for a in _STATIC_ALBUMS),
    "/van-ban",
    "/login",
    "/register",
]


# --------------------------------------------------------------------------- rendering helpers


def _local(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def _carbon(value: str) -> str:
    """Carbon's JSON form: UTC with microseconds and "Z"."""
    return _local(value).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")


def _day(story: Story) -> str:
    return f"{_local(story.opts['at']):%d/%m/%Y}"


def _excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 150 else first[:150].rsplit(" ", 1)[0] + "…"


def _thumb(story: Story) -> str:
    return story.images[0].src if story.images else "/images/placeholder-news.jpg"


_CAL = (
    '<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="1.5"'
    ' stroke="currentColor" class="h-4 w-4"><path stroke-linecap="round" stroke-linejoin="round"'
    ' d="M6.75 3v2.25M17.25 3v2.25M3 18.75V7.5a2.25 2.25 0 0 1 2.25-2.25h13.5A2.25 2.25 0 0 1 21'
    ' 7.5v11.25m-18 0A2.25 2.25 0 0 0 5.25 21h13.5A2.25 2.25 0 0 0 21 18.75m-18 0v-7.5A2.25 2.25 0'
    ' 0 1 5.25 9h13.5A2.25 2.25 0 0 1 21 11.25v7.5"></path></svg>'
)
_EYE = (
    '<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="1.5"'
    ' stroke="currentColor" class="h-4 w-4"><path stroke-linecap="round" stroke-linejoin="round"'
    ' d="M2.036 12.322a1.012 1.012 0 0 1 0-.639C3.423 7.51 7.36 4.5 12 4.5c4.638 0 8.573 3.007 9.963'
    ' 7.178.07.207.07.431 0 .639C20.577 16.49 16.64 19.5 12 19.5c-4.638 0-8.573-3.007-9.963-7.178Z">'
    '</path><path stroke-linecap="round" stroke-linejoin="round" d="M15 12a3 3 0 1 1-6 0 3 3 0 0 1 6'
    ' 0Z"></path></svg>'
)
_CLOCK = (
    '<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="1.5"'
    ' stroke="currentColor" class="h-4 w-4"><path stroke-linecap="round" stroke-linejoin="round"'
    ' d="M12 6v6h4.5m4.5 0a9 9 0 1 1-18 0 9 9 0 0 1 18 0Z"></path></svg>'
)


def _figure(img: Img) -> str:
    cap = f"<figcaption>{text(img.printed)}</figcaption>" if img.printed else ""
    alt = esc(img.src.rsplit("/", 1)[1].rsplit(".", 1)[0])
    if img.style == "side":
        return f'<figure class="image image-style-side"><img src="{esc(img.src)}" alt="{alt}">{cap}</figure>'
    if img.style == "resized":
        return (
            f'<figure class="image image_resized" style="width:75%;"><img style="aspect-ratio:1200/800;"'
            f' src="{esc(img.src)}" width="1200" height="800">{cap}</figure>'
        )
    return f'<figure class="image"><img src="{esc(img.src)}" alt="{alt}">{cap}</figure>'


def content_html(story: Story) -> str:
    """The CKEditor 5 field as stored in the database (and sent in the JSON props)."""
    parts: list[str] = []
    blocks = story.blocks
    i = 0
    link = story.opts.get("preview_link")
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("li", "ol"):
            tag = "ul" if block.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == block.style:
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            parts.append(f"<{tag}>{''.join(items)}</{tag}>")
            continue
        if isinstance(block, P) and block.style in ("th", "tr"):
            head, rows = [], []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                tag = "th" if row.style == "th" else "td"
                cells = "".join(f"<{tag}>{text(c)}</{tag}>" for c in row.text.split(" | "))
                (head if row.style == "th" else rows).append(f"<tr>{cells}</tr>")
                i += 1
            parts.append(
                f'<figure class="table"><table><thead>{"".join(head)}</thead>'
                f'<tbody>{"".join(rows)}</tbody></table></figure>'
            )
            continue
        if isinstance(block, P):
            body = text(block.text)
            if link and link[0] in block.text:
                href = article_path(_BY_ID[link[1]]) + "?preview=1"
                body = body.replace(link[0], f'<a href="{href}">{link[0]}</a>', 1)
            if block.style in ("h2", "h3"):
                parts.append(f"<{block.style}>{body}</{block.style}>")
            elif block.style == "quote":
                parts.append(f"<blockquote><p>{body}</p></blockquote>")
            else:
                parts.append(f"<p>{body}</p>")
        elif isinstance(block, Img):
            parts.append(_figure(block))
        else:
            parts.append(block.html)
        i += 1
    return "".join(parts)


def _card_json(story: Story) -> dict:
    return {
        "id": story.id,
        "title": story.title,
        "slug": story.slug,
        "excerpt": _excerpt(story),
        "thumbnail": _thumb(story),
        "published_at": _carbon(story.opts["at"]),
        "views": story.views(),
        "category": {"id": CATS[story.cat][0], "name": CATS[story.cat][1], "slug": story.cat},
    }


def _post_json(story: Story) -> dict:
    return {
        **_card_json(story),
        "excerpt": story.summary,
        "content": content_html(story),
        "author": story.opts.get("author_field"),
        "source": story.opts.get("source_field"),
        "status": "published",
        "created_at": _carbon(story.opts["at"]),
        "updated_at": _carbon(story.opts["upd"]),
        "tags": [{"name": TAGS[t], "slug": t} for t in story.opts["tags"]],
        "attachment": (
            {"url": story.opts["attach"][0], "name": story.opts["attach"][1], "size": story.opts["attach"][2]}
            if story.opts.get("attach")
            else None
        ),
    }


def _shared_props() -> dict:
    return {
        "auth": {"user": None},
        "flash": {"success": None, "error": None},
        "site": {"name": SITE, "hotline": HOTLINE, "email": EMAIL, "address": ADDRESS},
        "menu": [{"label": label, "href": href} for href, label, _ in _NAV],
        "errors": {},
    }


# --------------------------------------------------------------------------- layout

_NAV: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [("/gioi-thieu", "Giới thiệu chung"), ("/doi-ngu", "Đội ngũ giáo viên")]),
    (
        "/tin-tuc",
        "Tin tức",
        [
            ("/tin-tuc/danh-muc/hoat-dong-giao-duc", "Hoạt động giáo dục"),
            ("/tin-tuc/danh-muc/doan-hoi", "Đoàn - Hội"),
        ],
    ),
    ("/thong-bao", "Thông báo", []),
    ("/tuyen-sinh", "Tuyển sinh", []),
    ("/van-ban", "Văn bản", []),
    ("/thu-vien-anh", "Thư viện ảnh", []),
    ("/lien-he", "Liên hệ", []),
]


def _head(request: Request, title: str, extra: str = "") -> str:
    ziggy = json.dumps(
        {
            "url": base_url(request),
            "port": None,
            "defaults": {},
            "routes": {
                "home": {"uri": "/", "methods": ["GET", "HEAD"]},
                "news.index": {"uri": "tin-tuc", "methods": ["GET", "HEAD"]},
                "news.category": {"uri": "tin-tuc/danh-muc/{category}", "methods": ["GET", "HEAD"], "parameters": ["category"]},
                "news.show": {"uri": "tin-tuc/{post}", "methods": ["GET", "HEAD"], "parameters": ["post"], "bindings": {"post": "slug"}},
                "notices.show": {"uri": "thong-bao/{notice}", "methods": ["GET", "HEAD"], "parameters": ["notice"]},
                "albums.show": {"uri": "thu-vien-anh/{album}", "methods": ["GET", "HEAD"], "parameters": ["album"]},
                "admission.store": {"uri": "tuyen-sinh/dang-ky", "methods": ["POST"]},
                "contact.store": {"uri": "lien-he", "methods": ["POST"]},
                "login": {"uri": "login", "methods": ["GET", "HEAD"]},
                "register": {"uri": "register", "methods": ["GET", "HEAD"]},
                "admin.posts.edit": {"uri": "admin/posts/{post}/edit", "methods": ["GET", "HEAD"], "parameters": ["post"]},
            },
        },
        separators=(",", ":"),
    ).replace("/", "\\/")
    return f"""<!DOCTYPE html>
<html lang="vi">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="csrf-token" content="{CSRF}">
        <title inertia>{esc(title)}</title>
        <link rel="icon" href="/favicon.ico">
        <link rel="preconnect" href="https://fonts.bunny.net">
        <link href="https://fonts.bunny.net/css?family=be-vietnam-pro:400,500,600,700&display=swap" rel="stylesheet" />
        <script type="text/javascript">const Ziggy={ziggy};!function(t,r){{"object"==typeof exports&&"undefined"!=typeof module?module.exports=r():"function"==typeof define&&define.amd?define(r):(t||self).route=r()}}(this,function(){{}});</script>
        <link rel="preload" as="style" href="/build/assets/app-3c9e51f7.css" /><link rel="modulepreload" href="/build/assets/app-8d41a0b2.js" /><link rel="stylesheet" href="/build/assets/app-3c9e51f7.css" /><script type="module" src="/build/assets/app-8d41a0b2.js"></script>
        {extra}
    </head>"""


def _header(active: str) -> str:
    items = []
    for href, label, sub in _NAV:
        on = " text-amber-300" if href == active else ""
        if sub:
            subs = "".join(
                f'<a href="{h}" class="block px-4 py-2 text-sm text-slate-700 hover:bg-sky-50">{esc(lbl)}</a>' for h, lbl in sub
            )
            items.append(
                f'<li class="group relative"><a href="{href}" class="inline-flex items-center gap-1 px-3 py-3 font-semibold uppercase{on}">'
                f'{esc(label)}<svg class="h-3 w-3" viewBox="0 0 20 20" fill="currentColor"><path fill-rule="evenodd" d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.17l3.71-3.94a.75.75 0 1 1 1.08 1.04l-4.25 4.5a.75.75 0 0 1-1.08 0l-4.25-4.5a.75.75 0 0 1 .02-1.06z" clip-rule="evenodd"></path></svg></a>'
                f'<div class="invisible absolute left-0 z-30 w-56 rounded-b bg-white py-1 shadow-lg group-hover:visible">{subs}</div></li>'
            )
        else:
            items.append(f'<li><a href="{href}" class="block px-3 py-3 font-semibold uppercase{on}">{esc(label)}</a></li>')
    return f"""<div class="bg-sky-900 text-xs text-sky-100" data-v-1f2a7c3e><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-1.5" data-v-1f2a7c3e>
<span data-v-1f2a7c3e>{TODAY}</span>
<span class="flex items-center gap-4" data-v-1f2a7c3e><span data-v-1f2a7c3e>Hotline: <a href="tel:02623852417" class="font-semibold" data-v-1f2a7c3e>{HOTLINE}</a></span><a href="/login" class="hover:underline" data-v-1f2a7c3e>Đăng nhập</a></span>
</div></div>
<header class="bg-white shadow-sm"><div class="mx-auto flex max-w-7xl items-center gap-4 px-4 py-4">
<a href="/" class="flex items-center gap-3"><img src="/images/logo-tran-hung-dao.png" alt="Logo {esc(SITE)}" class="h-16 w-16">
<span><span class="block text-xs font-medium uppercase tracking-wide text-sky-700">Sở Giáo dục và Đào tạo tỉnh Đắk Lắk</span>
<span class="block text-2xl font-extrabold uppercase text-sky-900">{esc(SITE)}</span>
<span class="block text-sm italic text-slate-500">Kỷ cương - Tình thương - Trách nhiệm</span></span></a>
<form action="/tin-tuc" method="get" class="ml-auto hidden md:flex"><input type="search" name="q" placeholder="Tìm bài viết..." class="rounded-l border-slate-300 text-sm"><button type="submit" class="rounded-r bg-sky-700 px-3 text-white">Tìm</button></form>
</div>
<nav class="bg-sky-800 text-sm text-white"><ul class="mx-auto flex max-w-7xl flex-wrap px-4"><!--[-->{''.join(items)}<!--]--></ul></nav></header>"""


def _sidebar() -> str:
    latest = "".join(
        f'<li class="border-b border-dashed border-slate-200 py-2"><a href="{article_path(s)}" class="text-sm font-medium text-slate-800 hover:text-sky-700">{esc(s.title)}</a>'
        f'<p class="mt-0.5 text-xs text-slate-400">{_day(s)}</p></li>'
        for s in newest(news_only=True)[:5]
    )
    notices = "".join(
        f'<li class="py-1.5"><a href="{article_path(s)}" class="text-sm text-slate-700 hover:text-sky-700">{esc(s.title)}</a> <span class="text-xs text-red-500">({_day(s)})</span></li>'
        for s in newest("thong-bao")[:3]
    )
    return f"""<aside class="space-y-6 lg:col-span-4">
<section class="rounded border border-slate-200 bg-white"><h3 class="bg-sky-800 px-4 py-2 text-sm font-bold uppercase text-white">Tin mới nhất</h3><ul class="px-4"><!--[-->{latest}<!--]--></ul></section>
<section class="rounded border border-slate-200 bg-white"><h3 class="bg-red-700 px-4 py-2 text-sm font-bold uppercase text-white">Thông báo</h3><ul class="px-4 py-2"><!--[-->{notices}<!--]--></ul><a href="/thong-bao" class="block px-4 pb-3 text-right text-xs text-sky-700">Xem tất cả »</a></section>
<section class="space-y-2"><a href="https://moet.gov.vn" target="_blank" rel="noopener"><img src="/images/banners/bo-gddt.png" alt="Bộ Giáo dục và Đào tạo" class="w-full"></a>
<a href="https://daklak.edu.vn" target="_blank" rel="noopener"><img src="/images/banners/so-gddt-daklak.png" alt="Sở Giáo dục và Đào tạo Đắk Lắk" class="w-full"></a>
<a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener"><img src="/images/banners/csdl-nganh.png" alt="Cơ sở dữ liệu ngành" class="w-full"></a></section>
</aside>"""


def _footer() -> str:
    return f"""<footer class="mt-12 bg-sky-950 text-sm text-sky-100"><div class="mx-auto grid max-w-7xl gap-8 px-4 py-10 md:grid-cols-3">
<div><h4 class="mb-3 text-base font-bold uppercase text-white">{esc(SITE)}</h4>
<p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {HOTLINE}</p><p>Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p class="mt-2">Chịu trách nhiệm nội dung: Thầy Nguyễn Văn Thịnh - Hiệu trưởng</p></div>
<div><h4 class="mb-3 text-base font-bold uppercase text-white">Bản đồ</h4><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3892.4!2d108.0501!3d12.6795!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2zVHLGsOG7nW5nIFRIUFQgVHLhuqduIEjGsG5nIMSQ4bqhbw!5e0!3m2!1svi!2s!4v1700000000000" class="h-40 w-full" style="border:0" allowfullscreen loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe></div>
<div><h4 class="mb-3 text-base font-bold uppercase text-white">Thống kê truy cập</h4>
<ul class="space-y-1"><li>Đang truy cập: <strong>27</strong></li><li>Hôm nay: <strong>1.084</strong></li><li>Tháng này: <strong>31.562</strong></li><li>Tổng lượt truy cập: <strong>2.315.770</strong></li></ul></div>
</div><div class="border-t border-sky-900 py-3 text-center text-xs text-sky-300">© 2024 - 2026 {esc(SITE)}. Thiết kế bởi Phòng Lab Tây Nguyên Web.</div></footer>
<div class="fixed inset-x-0 bottom-0 z-50 bg-slate-900/95 px-4 py-3 text-sm text-white" data-v-6b0e4d21><div class="mx-auto flex max-w-5xl items-center justify-between gap-4" data-v-6b0e4d21><p data-v-6b0e4d21>Website sử dụng cookie để ghi nhớ lựa chọn của bạn và thống kê lượt truy cập. Tiếp tục truy cập đồng nghĩa với việc bạn đồng ý.</p><button type="button" class="rounded bg-amber-400 px-4 py-1.5 font-semibold text-slate-900" data-v-6b0e4d21>Đồng ý</button></div></div>"""


def _page(request: Request, component: str, props: dict, title: str, inner: str, *, active: str = "", extra: str = "") -> str:
    page_obj = {
        "component": component,
        "props": {**_shared_props(), **props},
        "url": request.target,
        "version": VERSION,
    }
    data = esc(json.dumps(page_obj, ensure_ascii=False, separators=(",", ":")))
    return (
        _head(request, title, extra)
        + '\n    <body class="font-sans antialiased bg-slate-50">\n        '
        + f'<div id="app" data-page="{data}"><!--[-->'
        + _header(active)
        + f"\n<main>{inner}</main>\n"
        + _footer()
        + "<!--]--></div>\n    </body>\n</html>\n"
    )


def _crumbs(*trail: tuple[str | None, str]) -> str:
    items = ['<li><a href="/" class="hover:text-sky-700">Trang chủ</a></li>']
    for href, label in trail:
        sep = '<li class="text-slate-300">/</li>'
        if href:
            items.append(f'{sep}<li><a href="{href}" class="hover:text-sky-700">{esc(label)}</a></li>')
        else:
            items.append(f'{sep}<li class="text-slate-400" aria-current="page">{esc(label)}</li>')
    return f'<nav aria-label="Breadcrumb" class="mb-4"><ol class="flex flex-wrap items-center gap-2 text-sm text-slate-500">{"".join(items)}</ol></nav>'


def _two_columns(main: str) -> str:
    return f'<div class="mx-auto grid max-w-7xl gap-8 px-4 py-8 lg:grid-cols-12"><div class="lg:col-span-8">{main}</div>{_sidebar()}</div>'


# --------------------------------------------------------------------------- articles


def _related_cards(story: Story) -> str:
    others = [s for s in newest(story.cat) if s.id != story.id][:3]
    cards = "".join(
        f'<a href="{article_path(s)}" class="group block overflow-hidden rounded-lg border border-slate-200 bg-white">'
        f'<img src="{esc(_thumb(s))}" alt="{esc(s.title)}" class="h-32 w-full object-cover">'
        f'<div class="p-3"><h4 class="line-clamp-2 text-sm font-semibold text-slate-800 group-hover:text-sky-700">{esc(s.title)}</h4>'
        f'<p class="mt-1 text-xs text-slate-400">{_day(s)}</p></div></a>'
        for s in others
    )
    return (
        '<section class="mt-10 border-t border-slate-200 pt-6"><h3 class="mb-4 text-lg font-bold text-sky-900">Bài viết liên quan</h3>'
        f'<div class="grid gap-4 sm:grid-cols-3"><!--[-->{cards}<!--]--></div></section>'
    )


def _share(url: str) -> str:
    return f"""<div class="mt-6 flex flex-wrap items-center gap-2 text-sm"><span class="font-medium text-slate-600">Chia sẻ:</span>
<a href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe='')}" target="_blank" rel="noopener" class="rounded bg-blue-600 px-3 py-1 text-white">Facebook</a>
<a href="https://sp.zalo.me/share_inline?d={quote(url, safe='')}" target="_blank" rel="noopener" class="rounded bg-sky-500 px-3 py-1 text-white">Zalo</a>
<button type="button" class="rounded border border-slate-300 px-3 py-1">Sao chép liên kết</button>
<button type="button" onclick="window.print()" class="rounded border border-slate-300 px-3 py-1">In bài viết</button></div>"""


def _article(story: Story, request: Request) -> str:
    base = base_url(request)
    path = article_path(story)
    canonical = base + path
    cat_name = CATS[story.cat][1]
    notice = story.cat == "thong-bao"
    preview = request.params.get("preview") == "1"
    if notice:
        crumbs = _crumbs(("/thong-bao", cat_name), (None, story.title))
        at = _local(story.opts["at"])
        meta = (
            f'<div class="mt-3 flex items-center gap-2 text-sm text-slate-500">{_CLOCK}'
            f"<span>Đăng lúc {at:%H:%M} - {at:%d/%m/%Y}</span></div>"
        )
    else:
        crumbs = _crumbs(("/tin-tuc", "Tin tức"), (f"/tin-tuc/danh-muc/{story.cat}", cat_name))
        meta = (
            '<div class="mt-3 flex flex-wrap items-center gap-5 text-sm text-slate-500">'
            f'<span class="inline-flex items-center gap-1.5">{_CAL} {_day(story)}</span>'
            f'<span class="inline-flex items-center gap-1.5">{_EYE} {story.views()} lượt xem</span>'
            f'<a href="/tin-tuc/danh-muc/{story.cat}" class="rounded bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-800">{esc(cat_name)}</a></div>'
        )
    lead = (
        f'<p class="mt-5 text-lg font-medium leading-relaxed text-slate-700">{text(story.summary)}</p>'
        if story.summary
        else "<!---->"
    )
    author = story.opts.get("author_field")
    source = story.opts.get("source_field")
    fields = (
        (f'<p class="mt-8 text-right font-semibold text-slate-800">Tác giả: {esc(author)}</p>' if author else "<!---->")
        + (f'<p class="mt-1 text-right text-sm italic text-slate-500">Nguồn: {esc(source)}</p>' if source else "<!---->")
    )
    attach = ""
    if story.opts.get("attach"):
        href, fname, size = story.opts["attach"]
        attach = (
            '<div class="mt-6 rounded border border-amber-200 bg-amber-50 p-4 text-sm"><p class="font-semibold">Tệp đính kèm</p>'
            f'<a href="{href}" class="text-sky-700 underline">{esc(fname)}</a> <span class="text-slate-500">({size})</span></div>'
        )
    tags = "".join(
        f'<a href="/tin-tuc?tag={t}" class="rounded-full bg-slate-100 px-3 py-1 text-xs text-slate-600 hover:bg-sky-100">#{esc(TAGS[t])}</a>'
        for t in story.opts["tags"]
    )
    tag_row = f'<div class="mt-6 flex flex-wrap gap-2"><!--[-->{tags}<!--]--></div>' if tags else "<!---->"
    banner = (
        '<div class="mb-4 rounded border border-yellow-300 bg-yellow-50 px-4 py-2 text-sm text-yellow-800">Bản xem trước - nội dung có thể chưa được duyệt.</div>'
        if preview
        else "<!---->"
    )
    main = f"""{crumbs}<div class="max-w-3xl" data-v-3a91c0d5>{banner}
<h1 class="text-3xl font-bold leading-tight text-slate-900" data-v-3a91c0d5>{esc(story.title)}</h1>
{meta}
{lead}
<div class="ck-content mt-6 space-y-4 text-base leading-7 text-slate-800" data-v-3a91c0d5>{content_html(story)}</div>
{fields}{attach}{tag_row}{_share(canonical)}</div>
{_related_cards(story)}"""
    props = {
        "post": _post_json(story),
        "related": [_card_json(s) for s in newest(story.cat) if s.id != story.id][:3],
        "preview": preview,
    }
    extra = f"""<meta name="description" content="{esc(_excerpt(story))}" inertia="description">
        <link rel="canonical" href="{esc(canonical)}" inertia="canonical">
        <meta property="og:type" content="article" inertia="og:type">
        <meta property="og:title" content="{esc(story.title)}" inertia="og:title">
        <meta property="og:image" content="{esc(base + _thumb(story))}" inertia="og:image">"""
    component = "Notices/Show" if notice else "News/Show"
    active = "/thong-bao" if notice else "/tin-tuc"
    return _page(request, component, props, f"{story.title} - {SITE}", _two_columns(main), active=active, extra=extra)


# --------------------------------------------------------------------------- listings

_SORTS = {"moi-nhat": "Mới nhất", "xem-nhieu": "Xem nhiều", "cu-nhat": "Cũ nhất"}


def _sorted(items: list[Story], sort: str) -> list[Story]:
    if sort == "xem-nhieu":
        return sorted(items, key=lambda s: (s.views(), s.id), reverse=True)
    if sort == "cu-nhat":
        return list(reversed(items))
    return items


def _paginator(request: Request, base_path: str, items: list[Story], per_page: int) -> tuple[dict, list[Story]]:
    """Laravel's LengthAwarePaginator as Inertia sends it (links with absolute URLs)."""
    try:
        current = max(1, int(request.params.get("page", "1")))
    except ValueError:
        current = 1
    last = pages(len(items), per_page)
    chunk = items[(current - 1) * per_page : current * per_page]
    keep = {k: v for k, v in request.params.items() if k != "page"}
    root = base_url(request) + base_path

    def url(n: int) -> str:
        return root + "?" + urlencode({**keep, "page": n})

    links = [{"url": url(current - 1) if current > 1 else None, "label": "&laquo; Trước", "active": False}]
    links += [{"url": url(n), "label": str(n), "active": n == current} for n in range(1, last + 1)]
    links.append({"url": url(current + 1) if current < last else None, "label": "Sau &raquo;", "active": False})
    meta = {
        "current_page": current,
        "data": [_card_json(s) for s in chunk],
        "first_page_url": url(1),
        "from": (current - 1) * per_page + 1 if chunk else None,
        "last_page": last,
        "last_page_url": url(last),
        "links": links,
        "next_page_url": url(current + 1) if current < last else None,
        "path": root,
        "per_page": per_page,
        "prev_page_url": url(current - 1) if current > 1 else None,
        "to": (current - 1) * per_page + len(chunk) if chunk else None,
        "total": len(items),
    }
    return meta, chunk


def _pagination_html(meta: dict) -> str:
    out = []
    for link in meta["links"]:
        if link["url"] is None:
            out.append(f'<span class="cursor-default rounded border border-slate-200 px-3 py-1.5 text-slate-300">{link["label"]}</span>')
        elif link["active"]:
            out.append(f'<a href="{esc(link["url"])}" class="rounded border border-sky-700 bg-sky-700 px-3 py-1.5 text-white" aria-current="page">{link["label"]}</a>')
        else:
            out.append(f'<a href="{esc(link["url"])}" class="rounded border border-slate-200 bg-white px-3 py-1.5 text-slate-700 hover:bg-sky-50">{link["label"]}</a>')
    return f'<nav class="mt-8 flex flex-wrap gap-1 text-sm" aria-label="Phân trang"><!--[-->{"".join(out)}<!--]--></nav>'


def _listing(request: Request, base_path: str, heading: str, items: list[Story], per_page: int, crumbs: str, component: str, active: str) -> str:
    sort = request.params.get("sort", "moi-nhat")
    if sort not in _SORTS:
        sort = "moi-nhat"
    q = request.params.get("q", "").strip().lower()
    if q:
        items = [s for s in items if q in s.title.lower()]
    tag = request.params.get("tag")
    if tag:
        items = [s for s in items if tag in s.opts["tags"]]
    meta, chunk = _paginator(request, base_path, _sorted(items, sort), per_page)
    sorts = "".join(
        f'<a href="{base_path}?{urlencode({"sort": key})}" class="rounded px-2 py-1 {"bg-sky-700 text-white" if key == sort else "text-slate-600 hover:bg-slate-100"}">{label}</a>'
        for key, label in _SORTS.items()
    )
    cards = "".join(
        f'<article class="flex gap-4 rounded-lg border border-slate-200 bg-white p-3">'
        f'<a href="{article_path(s)}" class="shrink-0"><img src="{esc(_thumb(s))}" alt="{esc(s.title)}" class="h-28 w-40 rounded object-cover"></a>'
        f'<div><h2 class="text-base font-bold text-slate-900"><a href="{article_path(s)}" class="hover:text-sky-700">{esc(s.title)}</a></h2>'
        f'<p class="mt-1 text-xs text-slate-400">{_day(s)} · {s.views()} lượt xem</p>'
        f'<p class="mt-2 line-clamp-3 text-sm text-slate-600">{esc(_excerpt(s))}</p></div></article>'
        for s in chunk
    )
    if not chunk:
        cards = '<p class="rounded border border-dashed border-slate-300 p-6 text-center text-slate-500">Chưa có bài viết nào.</p>'
    main = (
        f'{crumbs}<div class="flex flex-wrap items-center justify-between gap-3"><h1 class="text-2xl font-bold uppercase text-sky-900">{esc(heading)}</h1>'
        f'<div class="flex gap-1 text-sm"><span class="px-1 py-1 text-slate-500">Sắp xếp:</span>{sorts}</div></div>'
        f'<div class="mt-6 space-y-4"><!--[-->{cards}<!--]--></div>{_pagination_html(meta)}'
    )
    props = {"posts": meta, "filters": {"sort": sort, "q": q or None, "tag": tag}, "heading": heading}
    return _page(request, component, props, f"{heading} - {SITE}", _two_columns(main), active=active)


# --------------------------------------------------------------------------- other pages


def _home(request: Request) -> str:
    top = newest(news_only=True)[:4]
    cards = "".join(
        f'<article class="overflow-hidden rounded-lg border border-slate-200 bg-white"><a href="{article_path(s)}"><img src="{esc(_thumb(s))}" alt="{esc(s.title)}" class="h-40 w-full object-cover"></a>'
        f'<div class="p-4"><p class="text-xs text-slate-400">{_day(s)}</p><h3 class="mt-1 font-bold text-slate-900"><a href="{article_path(s)}">{esc(s.title)}</a></h3>'
        f'<p class="mt-2 line-clamp-2 text-sm text-slate-600">{esc(_excerpt(s))}</p></div></article>'
        for s in top
    )
    albums = "".join(
        f'<a href="/thu-vien-anh/{slug}" class="block"><img src="/storage/albums/{slug}/cover.jpg" alt="{esc(name)}" class="h-32 w-full rounded object-cover"><span class="mt-1 block text-sm font-medium">{esc(name)}</span></a>'
        for slug, (name, _d, _n) in _STATIC_ALBUMS.items()
    )
    main = (
        '<section class="rounded-lg bg-gradient-to-r from-sky-800 to-sky-600 p-8 text-white"><h1 class="text-3xl font-extrabold">Chào mừng đến với Trường THPT Trần Hưng Đạo</h1>'
        '<p class="mt-2 max-w-xl text-sky-100">Môi trường học tập thân thiện, kỷ cương và sáng tạo.</p><a href="/tuyen-sinh" class="mt-4 inline-block rounded bg-amber-400 px-4 py-2 font-semibold text-slate-900">Tuyển sinh lớp 10 năm 2027</a></section>'
        f'<section class="mt-8"><div class="flex items-center justify-between"><h2 class="text-xl font-bold uppercase text-sky-900">Tin mới</h2><a href="/tin-tuc" class="text-sm text-sky-700">Xem tất cả »</a></div>'
        f'<div class="mt-4 grid gap-6 sm:grid-cols-2"><!--[-->{cards}<!--]--></div></section>'
        f'<section class="mt-8"><h2 class="text-xl font-bold uppercase text-sky-900">Thư viện ảnh</h2><div class="mt-4 grid grid-cols-3 gap-4">{albums}</div></section>'
    )
    props = {"latest": [_card_json(s) for s in top], "notices": [_card_json(s) for s in newest("thong-bao")[:3]]}
    return _page(request, "Home", props, SITE, _two_columns(main), active="/")


_ABOUT = [
    (
        "Lịch sử hình thành",
        "Trường THPT Trần Hưng Đạo được thành lập năm 1979, là một trong những trường trung học phổ"
        " thông đầu tiên của thành phố Buôn Ma Thuột. Trải qua hơn 45 năm xây dựng và phát triển, nhà"
        " trường đã đào tạo hơn 30.000 học sinh.",
    ),
    (
        "Quy mô",
        "Năm học 2026 - 2027, trường có 42 lớp với 1.587 học sinh, 96 cán bộ, giáo viên, nhân viên;"
        " 100% giáo viên đạt chuẩn, trong đó 31 thầy cô có trình độ thạc sĩ.",
    ),
    (
        "Thành tích",
        "Trường được tặng Huân chương Lao động hạng Nhì (2019), đạt chuẩn quốc gia mức độ 2 và kiểm"
        " định chất lượng giáo dục cấp độ 3.",
    ),
]
_TEACHERS = [
    ("Nguyễn Văn Thịnh", "Hiệu trưởng", "Thạc sĩ Quản lý giáo dục"),
    ("Trần Thị Hồng Nhung", "Phó Hiệu trưởng", "Thạc sĩ Toán học"),
    ("Lê Quang Vinh", "Phó Hiệu trưởng", "Thạc sĩ Vật lí"),
    ("Hoàng Thị Yến", "Tổ trưởng tổ Ngữ văn", "Thạc sĩ Văn học"),
    ("Lê Văn Hùng", "Tổ trưởng tổ Toán - Tin", "Thạc sĩ Toán học"),
    ("Phan Quốc Bảo", "Bí thư Đoàn trường", "Cử nhân Giáo dục chính trị"),
]
_DOCS = [
    ("1523/QĐ-THPTTHĐ", "02/11/2026", "Quyết định thành lập đội tuyển học sinh giỏi cấp tỉnh năm học 2026 - 2027", "qd-1523-doi-tuyen-hsg.pdf"),
    ("1480/KH-THPTTHĐ", "15/10/2026", "Kế hoạch kiểm tra, đánh giá định kỳ năm học 2026 - 2027", "kh-1480-kiem-tra-danh-gia.pdf"),
    ("1402/KH-THPTTHĐ", "20/09/2026", "Kế hoạch giáo dục nhà trường năm học 2026 - 2027", "kh-1402-ke-hoach-giao-duc.pdf"),
    ("1377/QC-THPTTHĐ", "10/09/2026", "Quy chế chi tiêu nội bộ năm 2026", "qc-1377-chi-tieu-noi-bo.pdf"),
]


def _simple(request: Request, component: str, title: str, body: str, active: str, crumb: str | None = None) -> str:
    main = f'{_crumbs((None, crumb or title))}<h1 class="text-2xl font-bold uppercase text-sky-900">{esc(title)}</h1><div class="mt-6">{body}</div>'
    return _page(request, component, {"title": title}, f"{title} - {SITE}", _two_columns(main), active=active)


def _about(request: Request) -> str:
    body = "".join(
        f'<section class="mb-6"><h2 class="mb-2 text-lg font-bold text-sky-800">{esc(h)}</h2><p class="leading-7">{esc(t)}</p></section>'
        for h, t in _ABOUT
    )
    body += '<img src="/storage/pages/toan-canh-truong.jpg" alt="Toàn cảnh trường" class="w-full rounded">'
    return _simple(request, "Pages/About", "Giới thiệu chung", body, "/gioi-thieu")


def _staff(request: Request) -> str:
    cards = "".join(
        f'<div class="rounded-lg border border-slate-200 bg-white p-4 text-center"><img src="/storage/staff/{i + 1:02d}.jpg" alt="{esc(n)}" class="mx-auto h-28 w-28 rounded-full object-cover">'
        f'<p class="mt-3 font-bold">{esc(n)}</p><p class="text-sm text-sky-700">{esc(r)}</p><p class="text-xs text-slate-500">{esc(d)}</p></div>'
        for i, (n, r, d) in enumerate(_TEACHERS)
    )
    return _simple(request, "Pages/Staff", "Đội ngũ giáo viên", f'<div class="grid gap-4 sm:grid-cols-3">{cards}</div>', "/gioi-thieu")


def _admission(request: Request) -> str:
    body = f"""<section class="space-y-3 leading-7"><p>Năm học 2027 - 2028, nhà trường dự kiến tuyển 560 học sinh lớp 10 (14 lớp) theo phương thức kết hợp thi tuyển và xét tuyển.</p>
<p>Phụ huynh, học sinh có nhu cầu tư vấn vui lòng điền thông tin dưới đây, nhà trường sẽ liên hệ lại.</p></section>
<form method="post" action="/tuyen-sinh/dang-ky" class="mt-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-6 sm:grid-cols-2">
<input type="hidden" name="_token" value="{CSRF}">
<label class="block text-sm">Họ và tên học sinh<input name="ho_ten" type="text" required class="mt-1 w-full rounded border-slate-300"></label>
<label class="block text-sm">Trường THCS<input name="truong_thcs" type="text" class="mt-1 w-full rounded border-slate-300"></label>
<label class="block text-sm">Số điện thoại phụ huynh<input name="dien_thoai" type="tel" required class="mt-1 w-full rounded border-slate-300"></label>
<label class="block text-sm">Nguyện vọng<select name="nguyen_vong" class="mt-1 w-full rounded border-slate-300"><option>Lớp chất lượng cao</option><option>Lớp đại trà</option></select></label>
<button type="submit" class="rounded bg-sky-700 px-4 py-2 font-semibold text-white sm:col-span-2">Gửi đăng ký tư vấn</button></form>"""
    return _simple(request, "Pages/Admission", "Tuyển sinh lớp 10 năm học 2027 - 2028", body, "/tuyen-sinh", "Tuyển sinh")


def _contact(request: Request) -> str:
    body = f"""<div class="grid gap-6 md:grid-cols-2"><div class="space-y-2 text-sm"><p><strong>{esc(SITE)}</strong></p><p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {HOTLINE}</p><p>Email: {EMAIL}</p></div>
<form method="post" action="/lien-he" class="space-y-3"><input type="hidden" name="_token" value="{CSRF}">
<input name="name" placeholder="Họ và tên" class="w-full rounded border-slate-300"><input name="email" type="email" placeholder="Email" class="w-full rounded border-slate-300">
<input name="subject" placeholder="Tiêu đề" class="w-full rounded border-slate-300"><textarea name="message" rows="5" placeholder="Nội dung" class="w-full rounded border-slate-300"></textarea>
<button type="submit" class="rounded bg-sky-700 px-4 py-2 text-white">Gửi liên hệ</button></form></div>"""
    return _simple(request, "Pages/Contact", "Liên hệ", body, "/lien-he")


def _albums(request: Request) -> str:
    cards = "".join(
        f'<a href="/thu-vien-anh/{slug}" class="block rounded-lg border border-slate-200 bg-white p-2"><img src="/storage/albums/{slug}/cover.jpg" alt="{esc(name)}" class="h-40 w-full rounded object-cover">'
        f'<span class="mt-2 block font-semibold">{esc(name)}</span><span class="text-xs text-slate-400">{day} · {n} ảnh</span></a>'
        for slug, (name, day, n) in _STATIC_ALBUMS.items()
    )
    return _simple(request, "Albums/Index", "Thư viện ảnh", f'<div class="grid gap-4 sm:grid-cols-3">{cards}</div>', "/thu-vien-anh")


def _album(request: Request, slug: str) -> str:
    name, day, n = _STATIC_ALBUMS[slug]
    photos = "".join(
        f'<figure class="overflow-hidden rounded bg-white"><img src="/storage/albums/{slug}/{i:02d}.jpg" alt="" class="h-44 w-full object-cover">'
        f'<figcaption class="p-2 text-xs text-slate-500">{esc(name)} ({i}/{n})</figcaption></figure>'
        for i in range(1, n + 1)
    )
    main = (
        f'{_crumbs(("/thu-vien-anh", "Thư viện ảnh"), (None, name))}<h1 class="text-2xl font-bold text-sky-900">{esc(name)}</h1>'
        f'<p class="mt-1 text-sm text-slate-400">{day}</p><div class="mt-6 grid grid-cols-2 gap-3 md:grid-cols-3">{photos}</div>'
    )
    return _page(request, "Albums/Show", {"album": {"slug": slug, "name": name, "count": n}}, f"{name} - {SITE}", _two_columns(main), active="/thu-vien-anh")


def _documents(request: Request) -> str:
    rows = "".join(
        f'<tr class="border-b border-slate-200"><td class="px-3 py-2 whitespace-nowrap">{esc(no)}</td><td class="px-3 py-2">{day}</td>'
        f'<td class="px-3 py-2">{esc(title)}</td><td class="px-3 py-2"><a href="/storage/van-ban/{f}" class="text-sky-700 underline">Tải về</a></td></tr>'
        for no, day, title, f in _DOCS
    )
    body = (
        '<table class="w-full bg-white text-sm"><thead class="bg-sky-800 text-left text-white"><tr><th class="px-3 py-2">Số/Ký hiệu</th>'
        f'<th class="px-3 py-2">Ngày ban hành</th><th class="px-3 py-2">Trích yếu</th><th class="px-3 py-2">Tệp</th></tr></thead><tbody>{rows}</tbody></table>'
    )
    return _simple(request, "Documents/Index", "Văn bản", body, "/van-ban")


def _auth_page(request: Request, kind: str) -> str:
    if kind == "login":
        title, fields, button = "Đăng nhập", (
            '<label class="block text-sm">Email<input type="email" name="email" class="mt-1 w-full rounded border-slate-300"></label>'
            '<label class="block text-sm">Mật khẩu<input type="password" name="password" class="mt-1 w-full rounded border-slate-300"></label>'
            '<label class="flex items-center gap-2 text-sm"><input type="checkbox" name="remember"> Ghi nhớ đăng nhập</label>'
        ), "Đăng nhập"
        links = '<a href="/forgot-password" class="text-sm text-slate-600 underline">Quên mật khẩu?</a> <a href="/register" class="text-sm text-slate-600 underline">Đăng ký</a>'
    elif kind == "register":
        title, fields, button = "Đăng ký tài khoản", (
            '<label class="block text-sm">Họ tên<input name="name" class="mt-1 w-full rounded border-slate-300"></label>'
            '<label class="block text-sm">Email<input type="email" name="email" class="mt-1 w-full rounded border-slate-300"></label>'
            '<label class="block text-sm">Mật khẩu<input type="password" name="password" class="mt-1 w-full rounded border-slate-300"></label>'
            '<label class="block text-sm">Nhập lại mật khẩu<input type="password" name="password_confirmation" class="mt-1 w-full rounded border-slate-300"></label>'
        ), "Đăng ký"
        links = '<a href="/login" class="text-sm text-slate-600 underline">Đã có tài khoản?</a>'
    else:
        title, fields, button = "Quên mật khẩu", (
            '<p class="text-sm text-slate-600">Nhập email, chúng tôi sẽ gửi liên kết đặt lại mật khẩu.</p>'
            '<label class="block text-sm">Email<input type="email" name="email" class="mt-1 w-full rounded border-slate-300"></label>'
        ), "Gửi liên kết"
        links = '<a href="/login" class="text-sm text-slate-600 underline">Quay lại đăng nhập</a>'
    inner = f"""<div class="flex min-h-screen flex-col items-center bg-gray-100 pt-6 sm:justify-center sm:pt-0"><a href="/"><img src="/images/logo-tran-hung-dao.png" alt="Logo" class="h-20 w-20"></a>
<div class="mt-6 w-full overflow-hidden bg-white px-6 py-4 shadow-md sm:max-w-md sm:rounded-lg"><h1 class="mb-4 text-lg font-semibold">{title}</h1>
<form method="post" action="/{kind}" class="space-y-4"><input type="hidden" name="_token" value="{CSRF}">{fields}
<div class="flex items-center justify-end gap-4">{links}<button type="submit" class="rounded-md bg-gray-800 px-4 py-2 text-xs font-semibold uppercase text-white">{button}</button></div></form></div></div>"""
    page_obj = {
        "component": f"Auth/{kind.replace('-', ' ').title().replace(' ', '')}",
        "props": {**_shared_props(), "canResetPassword": True, "status": None},
        "url": request.target,
        "version": VERSION,
    }
    data = esc(json.dumps(page_obj, ensure_ascii=False, separators=(",", ":")))
    return _head(request, f"{title} - {SITE}") + f'\n    <body class="font-sans antialiased">\n        <div id="app" data-page="{data}"><!--[-->{inner}<!--]--></div>\n    </body>\n</html>\n'


# --------------------------------------------------------------------------- sitemap, robots, 404


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    fixed = ["/", "/tin-tuc", "/thong-bao", "/gioi-thieu", "/doi-ngu", "/tuyen-sinh", "/van-ban", "/thu-vien-anh", "/lien-he"]
    urls = [f"<url><loc>{base}{p}</loc><changefreq>daily</changefreq><priority>0.8</priority></url>" for p in fixed]
    urls += [
        f"<url><loc>{base}{article_path(s)}</loc><lastmod>{_local(s.opts['upd']).isoformat()}</lastmod>"
        f"<changefreq>monthly</changefreq><priority>0.6</priority></url>"
        for s in newest()
    ]
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        ' xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' + "\n".join(urls) + "\n</urlset>\n"
    )
    return Response(200, body, {"Content-Type": "text/xml; charset=UTF-8"})


_ROBOTS = "User-agent: *\nDisallow: /admin\nDisallow: /login\nDisallow: /register\n\nSitemap: {base}/sitemap.xml\n"

_NOT_FOUND = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Not Found</title></head>
<body class="antialiased"><div class="relative flex items-top justify-center min-h-screen bg-gray-100 sm:items-center sm:pt-0">
<div class="max-w-xl mx-auto sm:px-6 lg:px-8"><div class="flex items-center pt-8 sm:justify-start sm:pt-0">
<div class="px-4 text-lg text-gray-500 border-r border-gray-400 tracking-wider">404</div>
<div class="ml-4 text-lg text-gray-500 uppercase tracking-wider">Not Found</div></div></div></div></body></html>"""

_HEADERS = {
    "Set-Cookie": f"laravel_session={opaque('inertia-session', 30)}; path=/; httponly; samesite=lax",
    "Vary": "X-Inertia",
}


class InertiaSchool:
    """routes/web.php as a table; Inertia's middleware answers JSON to ``X-Inertia`` visits."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/storage/uploads/", "/storage/albums/", "/storage/staff/", "/storage/pages/", "/images/", "/build/")) or path == "/favicon.ico":
            return static_file(path)
        if path.startswith(("/storage/files/", "/storage/van-ban/")):
            known = {s.opts["attach"][0] for s in STORIES if s.opts.get("attach")} | {f"/storage/van-ban/{d[3]}" for d in _DOCS}
            return Response(200, PDF, {"Content-Type": "application/pdf"}) if path in known else html(_NOT_FOUND, status=404)
        if path == "/robots.txt":
            return Response(200, _ROBOTS.format(base=base_url(request)), {"Content-Type": "text/plain; charset=UTF-8"})
        if path == "/sitemap.xml":
            return _sitemap(request)
        if path.startswith("/admin"):
            return redirect(base_url(request) + "/login", 302)
        if len(path) > 1 and path.endswith("/"):
            return redirect(base_url(request) + path.rstrip("/") + (f"?{request.query}" if request.query else ""), 301)
        if request.method == "POST":
            return redirect(base_url(request) + path, 302)
        page = self._page(request)
        if page is None:
            return html(_NOT_FOUND, status=404)
        if request.headers.get("X-Inertia", "").lower() == "true":
            data = re.search(r'<div id="app" data-page="([^"]*)"', page).group(1)
            return Response(
                200,
                _html.unescape(data),
                {"Content-Type": "application/json", "X-Inertia": "true", "Vary": "X-Inertia"},
            )
        return html(page, headers=dict(_HEADERS))

    def _page(self, request: Request) -> str | None:
        path = request.path
        if path == "/":
            return _home(request)
        if path == "/tin-tuc":
            return _listing(
                request, "/tin-tuc", "Tin tức", newest(news_only=True), NEWS_PER_PAGE,
                _crumbs((None, "Tin tức")), "News/Index", "/tin-tuc",
            )
        if m := re.fullmatch(r"/tin-tuc/danh-muc/([a-z0-9-]+)", path):
            slug = m.group(1)
            if slug not in NEWS_CATS:
                return None
            name = CATS[slug][1]
            return _listing(
                request, path, name, newest(slug), CAT_PER_PAGE,
                _crumbs(("/tin-tuc", "Tin tức"), (None, name)), "News/Category", "/tin-tuc",
            )
        if m := re.fullmatch(r"/tin-tuc/([a-z0-9-]+)", path):
            story = _BY_SLUG.get(m.group(1))
            return _article(story, request) if story and story.cat in NEWS_CATS else None
        if path == "/thong-bao":
            return _listing(
                request, "/thong-bao", "Thông báo", newest("thong-bao"), 10,
                _crumbs((None, "Thông báo")), "Notices/Index", "/thong-bao",
            )
        if m := re.fullmatch(r"/thong-bao/([a-z0-9-]+)", path):
            story = _BY_SLUG.get(m.group(1))
            return _article(story, request) if story and story.cat == "thong-bao" else None
        if m := re.fullmatch(r"/thu-vien-anh/([a-z0-9-]+)", path):
            return _album(request, m.group(1)) if m.group(1) in _STATIC_ALBUMS else None
        simple = {
            "/gioi-thieu": _about,
            "/doi-ngu": _staff,
            "/tuyen-sinh": _admission,
            "/lien-he": _contact,
            "/thu-vien-anh": _albums,
            "/van-ban": _documents,
        }
        if path in simple:
            return simple[path](request)
        if path in ("/login", "/register", "/forgot-password"):
            return _auth_page(request, path[1:])
        return None


def build_site() -> InertiaSchool:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return InertiaSchool()
