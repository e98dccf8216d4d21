"""Trường Chính trị tỉnh Bến Tre: a home-made Rust site (axum + askama + SQLite), 2025.

Platform
    Built in 2025 by the school's young IT officer: an axum server rendering askama templates
    from a SQLite database, Tailwind utility classes, htmx on the lists ("Xem thêm" appends the
    next cards in place) with a plain paged fallback under it. Articles are stored as Markdown
    and rendered with pulldown-cmark, then post-processed (heading anchors, a table of contents,
    ``<picture>`` wrappers with a WebP source). Dates live in SQLite as UTC and are printed
    through a home-made helper.

URL scheme
    ``/``                                  home: "Nổi bật" hero, "Tin mới" cards, two category boxes
    ``/tin?trang=<N>``                     all posts, 6 a page, newest first, pinned notice on top
    ``/tin/them?sau=<id>``                 htmx fragment (cards only) behind "Xem thêm" (hx-get)
    ``/chuyen-muc/<slug>?trang=<N>``       one category, 3 a page (+ ``/chuyen-muc/<slug>/them``)
    ``/tin/<id>/<slug>``                   a post; the router reads the id only, the slug is decoration
    ``/tin/<id>``                          short link: 301 to ``/tin/<id>/<slug>``
    ``/gioi-thieu``, ``/lich-hoc``, ``/lien-he``   static pages; ``/tim-kiem?q=`` search
    ``/anh/goc/<f>.jpg``, ``/anh/w960/<f>.webp``, ``/anh/w320/<f>.webp``, ``/tep/<f>.pdf``   files

Page templates
    ``base.html``: top bar with today ("Thứ Bảy, 05/12/2026"), logo, menu with drop-downs
    (``<details>``), search form; breadcrumb; main column; sidebar (pinned notice, "Đọc nhiều",
    schedule teaser, links, poll, visitor counter); footer. ``bai.html``: ``<article data-id>``
    with ``<h1>``, a meta row (``<time>``, "Đăng bởi: <account>", views, category), the sapo in a
    bold ``<div>`` (column ``tom_tat``), the Markdown HTML in ``div.nd``, "Sửa lần cuối", share
    bar, then comments (``section#binh-luan``) and "Cùng chuyên mục".

How each gold article is reached
    All 13 are cards on ``/tin?trang=1..3`` and on their category's pages. From the home page:
    the hero (115's and 123's old slugs: 123 in the hero, 115 in "Đọc nhiều" on every page), the
    five newest cards (133 131 128 126 123) and the category boxes (107 109 115 118 128 133).
    101 is reachable only from page 2+ of a listing (``/tin?trang=3``,
    ``/chuyen-muc/hoat-dong?trang=2``); 104 only from ``/tin?trang=3`` and its category page.

Traps
    1. Decorative slug: ``/tin/<id>/<anything>`` serves the post. The hero links 123 and the
       "Đọc nhiều" box links 115 by the slugs they had before their titles were edited; those
       pages answer 200 with the same post and a canonical to the current slug. Gold: path =
       canonical = current slug, the old-slug path in ``alt_paths``.
    2. The same post linked twice on one card: the title to ``/tin/<id>/<slug>``, the home
       page's thumbnails to the short ``/tin/<id>`` (301 to the slug form). Gold: one record.
    3. ``<time datetime>`` is UTC ("…Z", from SQLite) while the text prints local time. Post 123
       was published 20/11/2026 01:15 local, its attribute says ``2026-11-19T18:15:00Z`` (the
       day before). Gold: ``2026-11-20T01:15:00+07:00``.
    4. Relative dates on the newest posts: 131 prints only "2 ngày trước", 133 "Hôm qua lúc
       09:00"; the absolute time is in the ``title`` (local) and ``datetime`` (UTC) attributes.
       Gold: 2026-12-03T14:30:00+07:00 and 2026-12-04T09:00:00+07:00.
    5. Notice 104 was imported from the old site at midnight: prints "15/10/2026 00:00",
       attribute ``2026-10-14T17:00:00Z``. Gold: the day alone, "2026-10-15".
    6. Sapo printed twice: the ``tom_tat`` column in its bold ``<div>`` and, in 123 and 128, the
       same sentence again as the Markdown's first paragraph (the editor pasted it). Gold: the
       sapo once, as the body's first paragraph.
    7. Heading anchors: every ``<h2>``/``<h3>`` of the Markdown starts with
       ``<a class="neo" href="#…">#</a>``. Gold: the heading text without "#".
    8. Table of contents inside the text container: 107 starts ``div.nd`` with
       ``<nav class="ml">`` "Nội dung chính" listing the headings. Gold: not body.
    9. Captions are Markdown emphasis: the paragraph after an image is ``<p><em>…</em></p>``,
       looking like any other paragraph; the ``alt`` is a file-like word. Gold: caption, not body;
       a line "Ảnh: Minh Tâm" alone is a credit (photographer), caption None.
    10. Images wrapped in ``<picture>`` with a WebP ``<source srcset>``. Gold: the ``<img src>``
        (``/anh/goc/….jpg``).
    11. Reader comments under the post (``section#binh-luan``: name, time, paragraph) look like
        bylines, dates and text. Gold: none of it.
    12. The meta row prints the CMS account ("Đăng bởi: tct-admin") on every post. Gold: nobody;
        the author is the printed byline (meta "Tác giả: ThS. …" on research, or a closing
        bold/italic Markdown line: "Tin: X - Ảnh: Y", "Tin, ảnh: X", a unit signing alone).
    13. ``<title>``/``og:title`` come from a stale SEO column: 123's differ from its ``<h1>``.
        Gold: the ``<h1>`` as printed.
    14. Off-by-one pager: "Trang sau" is printed whenever a page is full, so a category with
        exactly 3 posts links ``?trang=2``, which answers 200 "Chưa có bài viết nào." (bounded:
        that page links no further page).
    15. Soft 404: 101's "Xem thêm:" line links a deleted post ``/tin/99/…``; the site answers
        200 with "Bài viết không tồn tại hoặc đã bị gỡ". Not an article.
    16. A photo album (119) is served under the article scheme ``/tin/<id>/<slug>`` with the
        same template. Not an article (NON_ARTICLES).
    17. htmx fragments ``/tin/them?sau=<id>`` (only in ``hx-get``) are bare card lists without
        ``<html>``/``<title>``; a request carrying ``HX-Request: true`` to a list page gets the
        same fragment. Not pages of their own.

Gold decisions on ambiguous points
    - The sapo printed in its own element is ``summary`` and the body's first paragraph; its
      repetition in the Markdown is not counted again.
    - Attachment lines ("Tệp đính kèm: …pdf") and "Xem thêm: <link>" lines are not body.
    - "Tài liệu tham khảo" and its entries in 107 are body (the text's own notes); the bracketed
      calls "[1]" stay in their sentences.
    - "Theo Báo Đồng Khởi" closing 118 -> source "Báo Đồng Khởi".
    - The category is the breadcrumb's last item before the post.
"""

from __future__ import annotations

import re
import textwrap
from datetime import datetime, timedelta
from html import escape
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, gold_record, static_file

NAME = "rust_axum_tct"
PLATFORM = "Home-made Rust site (axum + askama + SQLite, htmx lists)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SITE = "Trường Chính trị tỉnh Bến Tre"

CATS = {
    "hoat-dong": "Tin hoạt động",
    "dao-tao": "Đào tạo - Bồi dưỡng",
    "nghien-cuu": "Nghiên cứu khoa học",
    "thong-bao": "Thông báo",
    "thu-vien-anh": "Thư viện ảnh",
}

LIST_SIZE = 6
CAT_SIZE = 3


def _img(name: str, printed: str | None = None, caption: str | None = None) -> Img:
    return Img(f"/anh/goc/{name}.jpg", printed, caption)


def _line(markup: str) -> Raw:
    return Raw(markup)


STORIES: list[Story] = [
    Story(
        id=101,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-46",
        title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 46 hệ không tập trung",
        cat="hoat-dong",
        published_at="2026-10-08T08:15:00+07:00",
        summary=(
            "Sáng 08/10/2026, Trường Chính trị tỉnh Bến Tre tổ chức khai giảng lớp Trung cấp lý "
            "luận chính trị - hành chính khóa 46 hệ không tập trung cho 86 học viên là cán bộ, "
            "công chức các xã, phường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự lễ khai giảng có đồng chí Phó Hiệu trưởng nhà trường, đại diện lãnh đạo các "
                "khoa, phòng chuyên môn cùng toàn thể học viên của lớp."
            ),
            _img("khai-giang-k46", "Quang cảnh lễ khai giảng lớp khóa 46", "Quang cảnh lễ khai giảng lớp khóa 46"),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng nhấn mạnh: chương trình được "
                "thiết kế theo hướng tăng thời lượng thảo luận, gắn lý luận với thực tiễn công tác "
                "ở cơ sở, giúp học viên nâng cao năng lực lãnh đạo, quản lý."
            ),
            P(
                "Lớp học kéo dài 8 tháng, học vào thứ Sáu và thứ Bảy hằng tuần tại cơ sở chính "
                "của trường. Học viên được bố trí nội trú đối với những đồng chí ở xa."
            ),
            _line("<p><strong>Phòng Quản lý đào tạo</strong></p>"),
            _line(
                '<p>Xem thêm: <a href="/tin/99/ke-hoach-mo-lop-trung-cap-khoa-46">Kế hoạch mở lớp '
                "Trung cấp lý luận chính trị - hành chính khóa 46</a></p>"
            ),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"dang": "2026-10-08 08:15", "sua": "09/10/2026 10:02"},
    ),
    Story(
        id=104,
        slug="thong-bao-tuyen-sinh-lop-cao-cap-ly-luan-chinh-tri-nam-2027",
        title="Thông báo tuyển sinh lớp Cao cấp lý luận chính trị năm 2027",
        cat="thong-bao",
        published_at="2026-10-15",
        blocks=[
            P(
                "Căn cứ kế hoạch đào tạo năm 2027, Trường Chính trị tỉnh Bến Tre thông báo tuyển "
                "sinh lớp Cao cấp lý luận chính trị hệ không tập trung, như sau:"
            ),
            P("1. Đối tượng và tiêu chuẩn", "h3"),
            P("Cán bộ lãnh đạo, quản lý trong quy hoạch chức danh cấp phòng và tương đương trở lên.", "li"),
            P("Có trình độ đại học trở lên và trung cấp lý luận chính trị.", "li"),
            P("Tuổi đời không quá 50 đối với nam và 45 đối với nữ tính đến thời điểm nhập học.", "li"),
            P("2. Hồ sơ và thời gian nhận hồ sơ", "h3"),
            P(
                "Hồ sơ gửi về Phòng Quản lý đào tạo trước ngày 30/11/2026. Thời gian khai giảng dự "
                "kiến vào tháng 3/2027."
            ),
            _line(
                '<p>Tệp đính kèm: <a href="/tep/tb-tuyen-sinh-cccl-2027.pdf">'
                "tb-tuyen-sinh-cccl-2027.pdf</a> (182 KB)</p>"
            ),
        ],
        opts={"dang": "2026-10-15 00:00"},
    ),
    Story(
        id=107,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-dao-tao-o-co-so",
        title="Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo cán bộ ở cơ sở",
        cat="nghien-cuu",
        published_at="2026-10-22T14:00:00+07:00",
        summary=(
            "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là cơ sở lý luận quan trọng để "
            "các trường chính trị tỉnh đổi mới nội dung, phương pháp đào tạo cán bộ ở cơ sở."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Quan niệm của Hồ Chí Minh về vai trò của cán bộ", "h2"),
            P(
                "Người khẳng định: “Cán bộ là cái gốc của mọi công việc”, “muôn việc thành công "
                "hoặc thất bại đều do cán bộ tốt hoặc kém”.[1] Quan điểm đó đặt công tác đào tạo "
                "cán bộ vào vị trí then chốt."
            ),
            P(
                "Theo Người, người cán bộ phải vừa có đức vừa có tài, trong đó đức là gốc; phải "
                "gần dân, hiểu dân, học dân và có trách nhiệm với dân.[2]"
            ),
            P("2. Vận dụng trong đào tạo tại Trường Chính trị tỉnh", "h2"),
            P(
                "Nhà trường tăng cường phương pháp dạy học tích cực, đưa các tình huống thực tiễn "
                "của địa phương vào bài giảng; mỗi học viên thực hiện một tiểu luận gắn với nhiệm "
                "vụ của đơn vị mình."
            ),
            P(
                "Việc đánh giá học viên không chỉ dựa vào kết quả thi mà còn ở thái độ, tác phong "
                "và khả năng vận dụng kiến thức vào công việc."
            ),
            P("Tài liệu tham khảo", "h3"),
            P("[1] Hồ Chí Minh: Toàn tập, Nxb Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.309."),
            P("[2] Hồ Chí Minh: Toàn tập, Sđd, t.5, tr.313."),
        ],
        authors=["Trần Thị Mỹ Linh"],
        opts={
            "dang": "2026-10-22 14:00",
            "tac_gia": "ThS. Trần Thị Mỹ Linh - Khoa Xây dựng Đảng",
            "toc": True,
        },
    ),
    Story(
        id=109,
        slug="boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
        title="Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="dao-tao",
        published_at="2026-10-29T09:30:00+07:00",
        blocks=[
            P(
                "Từ ngày 27 đến 29/10/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự "
                "tỉnh tổ chức lớp bồi dưỡng kiến thức quốc phòng và an ninh cho 120 đồng chí là "
                "đối tượng 4."
            ),
            P(
                "Học viên được nghiên cứu các chuyên đề về chiến lược bảo vệ Tổ quốc trong tình "
                "hình mới, xây dựng nền quốc phòng toàn dân gắn với thế trận an ninh nhân dân."
            ),
            _img("qpan-doi-tuong-4", "Học viên nghe báo cáo chuyên đề", "Học viên nghe báo cáo chuyên đề"),
            P("Kết thúc khóa học, 100% học viên đạt yêu cầu và được cấp giấy chứng nhận."),
            _line("<p><em>Tin: Ngọc Hân - Ảnh: Thanh Phong</em></p>"),
        ],
        authors=["Ngọc Hân"],
        photographers=["Thanh Phong"],
        opts={"dang": "2026-10-29 09:30"},
    ),
    Story(
        id=112,
        slug="doan-can-bo-giang-vien-ve-nguon-tai-khu-di-tich-dong-khoi",
        title="Đoàn cán bộ, giảng viên về nguồn tại Khu di tích Đồng Khởi",
        cat="hoat-dong",
        published_at="2026-11-04T16:45:00+07:00",
        summary=(
            "Nhân dịp kỷ niệm Ngày Nhà giáo Việt Nam, Công đoàn nhà trường tổ chức cho 45 cán bộ, "
            "giảng viên về nguồn tại Khu di tích Đồng Khởi, huyện Mỏ Cày Nam."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại khu di tích, đoàn đã dâng hương tưởng niệm các anh hùng liệt sĩ và nghe "
                "thuyết minh về phong trào Đồng Khởi năm 1960."
            ),
            _img("ve-nguon-dang-huong", "Đoàn dâng hương tại Đền thờ Khu di tích Đồng Khởi",
                 "Đoàn dâng hương tại Đền thờ Khu di tích Đồng Khởi"),
            P(
                "Chuyến đi giúp cán bộ, giảng viên hiểu sâu hơn truyền thống cách mạng của quê "
                "hương, từ đó bổ sung tư liệu sinh động cho bài giảng lịch sử Đảng bộ địa phương."
            ),
            _img("ve-nguon-tham-quan", "Ảnh: Minh Tâm", None),
            P("Dịp này, Công đoàn trao 10 phần quà cho gia đình chính sách tại xã Định Thủy."),
            _line("<p><em><strong>Tin, ảnh: Minh Tâm</strong></em></p>"),
        ],
        authors=["Minh Tâm"],
        photographers=["Minh Tâm"],
        opts={
            "dang": "2026-11-04 16:45",
            "comments": [
                ("Lê Văn Hùng", "2026-11-05 07:12", "Chuyến đi rất ý nghĩa, cảm ơn Công đoàn trường!"),
                ("Phạm Thị Thu", "2026-11-05 21:40", "Mong năm sau tiếp tục tổ chức cho học viên cùng tham gia."),
            ],
        },
    ),
    Story(
        id=115,
        slug="be-giang-lop-boi-duong-kien-thuc-quan-ly-nha-nuoc-ngach-chuyen-vien",
        title="Bế giảng lớp Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên năm 2026",
        cat="dao-tao",
        published_at="2026-11-10T10:00:00+07:00",
        blocks=[
            P(
                "Ngày 10/11/2026, nhà trường tổ chức bế giảng lớp Bồi dưỡng kiến thức quản lý nhà "
                "nước ngạch chuyên viên năm 2026 sau 2 tháng học tập."
            ),
            P("Kết quả học tập của lớp như sau:"),
            P("Xếp loại | Số học viên | Tỷ lệ", "th"),
            P("Giỏi | 21 | 35%", "tr"),
            P("Khá | 33 | 55%", "tr"),
            P("Trung bình | 6 | 10%", "tr"),
            P(
                "Nhà trường khen thưởng 5 học viên có thành tích xuất sắc, trong đó có 2 học viên "
                "đạt điểm tuyệt đối bài thu hoạch cuối khóa."
            ),
            _line('<p style="text-align:right"><strong>Hồng Nhung</strong></p>'),
        ],
        authors=["Hồng Nhung"],
        opts={
            "dang": "2026-11-10 10:00",
            "old_slug": "be-giang-lop-boi-duong-qlnn-ngach-chuyen-vien",
            "sua": "11/11/2026 08:20",
        },
    ),
    Story(
        id=118,
        slug="nghiem-thu-de-tai-khoa-hoc-cap-co-so-nam-2026",
        title="Nghiệm thu đề tài khoa học cấp cơ sở năm 2026",
        cat="nghien-cuu",
        published_at="2026-11-13T15:20:00+07:00",
        blocks=[
            P(
                "Hội đồng khoa học nhà trường vừa tổ chức nghiệm thu 4 đề tài nghiên cứu khoa học "
                "cấp cơ sở năm 2026 của các khoa chuyên môn."
            ),
            P(
                "Theo kế hoạch, các đề tài tập trung vào đổi mới phương pháp giảng dạy, nâng cao "
                "chất lượng tiểu luận cuối khóa và công tác quản lý học viên."
            ),
            P(
                "Kết quả, 3 đề tài được xếp loại xuất sắc, 1 đề tài xếp loại khá. Hội đồng đề nghị "
                "các chủ nhiệm đề tài hoàn thiện báo cáo để ứng dụng trong năm học tới."
            ),
            _line("<p><em>Theo Báo Đồng Khởi</em></p>"),
        ],
        source="Báo Đồng Khởi",
        opts={"dang": "2026-11-13 15:20"},
    ),
    Story(
        id=121,
        slug="hoi-thao-chao-mung-ngay-nha-giao-viet-nam-20-11",
        title="Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="hoat-dong",
        published_at="2026-11-18T07:30:00+07:00",
        blocks=[
            P(
                "Hưởng ứng các hoạt động chào mừng Ngày Nhà giáo Việt Nam, Công đoàn Trường Chính "
                "trị tỉnh tổ chức hội thao với các môn bóng chuyền hơi, kéo co và cờ tướng."
            ),
            P("Kết quả chung cuộc:", "brk"),
            P("Giải nhất toàn đoàn: Khoa Lý luận cơ sở;", "brk"),
            P("Giải nhì: Phòng Tổ chức - Hành chính;", "brk"),
            P("Giải ba: Khoa Nhà nước và pháp luật."),
            _img("hoi-thao-keo-co", "Tiết mục kéo co sôi nổi giữa các khoa, phòng",
                 "Tiết mục kéo co sôi nổi giữa các khoa, phòng"),
            P("Hội thao góp phần tăng cường tinh thần đoàn kết trong tập thể cán bộ, giảng viên."),
            _line("<p><strong>Văn Toàn</strong></p>"),
        ],
        authors=["Văn Toàn"],
        opts={
            "dang": "2026-11-18 07:30",
            "comments": [("Trần Minh Khoa", "2026-11-18 19:03", "Chúc mừng Khoa Lý luận cơ sở!")],
        },
    ),
    Story(
        id=123,
        slug="hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        cat="hoat-dong",
        published_at="2026-11-20T01:15:00+07:00",
        summary=(
            "Chiều 19/11/2026, Trường Chính trị tỉnh Bến Tre tổ chức họp mặt kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam, tôn vinh những đóng góp của đội ngũ nhà giáo."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự có đại diện Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Nội vụ cùng các thế hệ "
                "cán bộ, giảng viên đã nghỉ hưu."
            ),
            P(
                "Phát biểu tại buổi họp mặt, đồng chí Hiệu trưởng ôn lại truyền thống vẻ vang của "
                "ngành giáo dục và ghi nhận sự nỗ lực của tập thể nhà trường trong năm qua."
            ),
            _img("hop-mat-20-11", "Hiệu trưởng tặng hoa chúc mừng các nhà giáo",
                 "Hiệu trưởng tặng hoa chúc mừng các nhà giáo"),
            P("Dịp này, 6 giảng viên được tặng giấy khen vì có thành tích xuất sắc trong giảng dạy."),
            _line("<p><em>Tin: Thu Hà - Ảnh: Minh Tâm</em></p>"),
        ],
        authors=["Thu Hà"],
        photographers=["Minh Tâm"],
        opts={
            "dang": "2026-11-20 01:15",
            "old_slug": "hop-mat-ky-niem-ngay-nha-giao-viet-nam-20-11",
            "og_title": "Họp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11",
            "lap_sapo": True,
        },
    ),
    Story(
        id=126,
        slug="lich-thi-ket-thuc-hoc-phan-lop-trung-cap-khoa-45",
        title="Thông báo lịch thi kết thúc học phần lớp Trung cấp lý luận chính trị - hành chính khóa 45",
        cat="thong-bao",
        published_at="2026-11-25T08:00:00+07:00",
        blocks=[
            P("Phòng Quản lý đào tạo thông báo lịch thi kết thúc học phần của lớp khóa 45 như sau:"),
            P("Học phần Quản lý hành chính nhà nước: thi ngày 05/12/2026, buổi sáng.", "li"),
            P("Học phần Kỹ năng lãnh đạo, quản lý: thi ngày 12/12/2026, buổi sáng.", "li"),
            P("Học phần Tình hình, nhiệm vụ của tỉnh: thi ngày 19/12/2026, buổi chiều.", "li"),
            P("Học viên có mặt tại phòng thi trước giờ thi 15 phút, mang theo thẻ học viên."),
            _line(
                '<p>Tệp đính kèm: <a href="/tep/lich-thi-k45.pdf">lich-thi-k45.pdf</a> (96 KB)</p>'
            ),
        ],
        opts={"dang": "2026-11-25 08:00"},
    ),
    Story(
        id=128,
        slug="giang-vien-du-gio-thao-giang-hoc-ky-i",
        title="Giảng viên dự giờ, thao giảng học kỳ I năm học 2026 - 2027",
        cat="dao-tao",
        published_at="2026-11-28T13:30:00+07:00",
        summary=(
            "Trong tháng 11/2026, các khoa chuyên môn tổ chức 12 tiết thao giảng, dự giờ nhằm "
            "nâng cao chất lượng bài giảng của đội ngũ giảng viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các tiết giảng được chuẩn bị công phu, ứng dụng bài giảng điện tử và tổ chức thảo "
                "luận nhóm, tạo không khí sôi nổi trong lớp học."
            ),
            P(
                "Lời dạy của Chủ tịch Hồ Chí Minh: “Học hỏi là một việc phải tiếp tục suốt đời” "
                "luôn được giảng viên nhà trường ghi nhớ.",
                "q",
            ),
            P(
                "Qua dự giờ, các giảng viên trao đổi kinh nghiệm, góp ý cho nhau về phương pháp "
                "truyền đạt và cách gắn bài giảng với thực tiễn địa phương."
            ),
            _line('<p style="text-align:right"><em>Khoa Lý luận cơ sở</em></p>'),
        ],
        authors=["Khoa Lý luận cơ sở"],
        opts={"dang": "2026-11-28 13:30", "lap_sapo": True},
    ),
    Story(
        id=131,
        slug="hoc-tap-quan-triet-nghi-quyet-hoi-nghi-trung-uong",
        title="Học tập, quán triệt Nghị quyết Hội nghị Trung ương cho cán bộ, đảng viên nhà trường",
        cat="hoat-dong",
        published_at="2026-12-03T14:30:00+07:00",
        blocks=[
            P(
                "Chiều 03/12/2026, Đảng ủy Trường Chính trị tỉnh tổ chức hội nghị học tập, quán "
                "triệt Nghị quyết Hội nghị Trung ương cho toàn thể cán bộ, đảng viên."
            ),
            P(
                "Các đại biểu đã nghe giới thiệu những nội dung cơ bản, cốt lõi của Nghị quyết và "
                "thảo luận về kế hoạch hành động của chi bộ trong năm 2027."
            ),
            P(
                "Đảng ủy yêu cầu mỗi đảng viên xây dựng kế hoạch cá nhân, đưa Nghị quyết vào bài "
                "giảng phù hợp với từng chương trình đào tạo."
            ),
            _line("<p><strong>Thanh Tuyền</strong></p>"),
        ],
        authors=["Thanh Tuyền"],
        opts={
            "dang": "2026-12-03 14:30",
            "rel": "2 ngày trước",
            "comments": [
                ("Nguyễn Thị Hoa", "2026-12-04 20:11", "Nội dung thiết thực, đề nghị đăng tài liệu để học viên tham khảo."),
            ],
        },
    ),
    Story(
        id=133,
        slug="toa-dam-ben-tre-66-nam-phong-trao-dong-khoi",
        title="Tọa đàm khoa học “Bến Tre – 66 năm phong trào Đồng Khởi”",
        cat="nghien-cuu",
        published_at="2026-12-04T09:00:00+07:00",
        blocks=[
            P(
                "Sáng 04/12/2026, nhà trường tổ chức tọa đàm khoa học “Bến Tre – 66 năm phong trào "
                "Đồng Khởi” với sự tham gia của các nhà nghiên cứu, giảng viên và học viên."
            ),
            P(
                "Các tham luận làm rõ ý nghĩa lịch sử của phong trào Đồng Khởi và bài học về phát "
                "huy sức mạnh đại đoàn kết toàn dân tộc trong giai đoạn hiện nay."
            ),
            _img("toa-dam-dong-khoi", "Các đại biểu trình bày tham luận tại tọa đàm",
                 "Các đại biểu trình bày tham luận tại tọa đàm"),
            P("Kết quả tọa đàm sẽ được biên tập thành tài liệu phục vụ giảng dạy lịch sử Đảng bộ tỉnh."),
            _line("<p><em>Thu Hà</em></p>"),
        ],
        authors=["Thu Hà"],
        opts={"dang": "2026-12-04 09:00", "rel": "Hôm qua lúc 09:00"},
    ),
]

# the photo album: same URL scheme and template, not an article
ALBUM = Story(
    id=119,
    slug="album-ve-nguon-khu-di-tich-dong-khoi",
    title="Album ảnh: Về nguồn tại Khu di tích Đồng Khởi",
    cat="thu-vien-anh",
    published_at=None,
    blocks=[
        P("Một số hình ảnh chuyến về nguồn của cán bộ, giảng viên nhà trường."),
        _img("album-dk-1", "Trước cổng Khu di tích", "Trước cổng Khu di tích"),
        _img("album-dk-2", "Nghe thuyết minh", "Nghe thuyết minh"),
        _img("album-dk-3", "Chụp ảnh lưu niệm", "Chụp ảnh lưu niệm"),
    ],
    opts={"dang": "2026-11-14 17:05"},
)

BY_ID = {s.id: s for s in [*STORIES, ALBUM]}
#: listing order: newest first
ORDER = sorted(BY_ID.values(), key=lambda s: s.opts["dang"], reverse=True)
PINNED = 126
POPULAR = [115, 107, 121, 112]


# --- helpers ---------------------------------------------------------------------------------


def _local(story: Story) -> datetime:
    return datetime.strptime(story.opts["dang"], "%Y-%m-%d %H:%M")


def _utc_attr(local: datetime) -> str:
    return (local - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")


def _time_tag(story: Story, *, page: bool) -> str:
    local = _local(story)
    shown = local.strftime("%d/%m/%Y %H:%M") if page else local.strftime("%d/%m/%Y")
    if page and story.opts.get("rel"):
        shown = story.opts["rel"]
    return (
        f'<time datetime="{_utc_attr(local)}" title="{local:%d/%m/%Y %H:%M}">{escape(shown)}</time>'
    )


def _path(story: Story) -> str:
    return f"/tin/{story.id}/{story.slug}"


def _anchor(text: str) -> str:
    table = str.maketrans(
        "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ",
        "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd",
    )
    return re.sub(r"[^a-z0-9]+", "-", text.lower().translate(table)).strip("-")


def _wrap(text: str) -> str:
    """Markdown source lines wrapped at 88 columns: pulldown-cmark keeps the newlines."""
    return "\n".join(
        textwrap.wrap(escape(text), 88, break_long_words=False, break_on_hyphens=False)
    )


def _picture(img: Img, alt: str) -> str:
    stem = img.src.rsplit("/", 1)[1].rsplit(".", 1)[0]
    return (
        f'<p><picture><source srcset="/anh/w960/{stem}.webp 960w" type="image/webp">'
        f'<img src="{img.src}" alt="{escape(alt)}" loading="lazy" width="960" height="640" />'
        "</picture></p>"
    )


def _markdown_html(story: Story) -> str:
    """What pulldown-cmark plus the officer's post-processing prints for the story."""
    out: list[str] = []
    blocks = list(story.blocks)
    if story.opts.get("toc"):
        heads = [b for b in blocks if isinstance(b, P) and b.style == "h2"]
        items = "".join(f'<li><a href="#{_anchor(h.text)}">{escape(h.text)}</a></li>' for h in heads)
        out.append(f'<nav class="ml rounded border p-3 text-sm"><b>Nội dung chính</b><ol>{items}</ol></nav>')
    if story.opts.get("lap_sapo") and story.summary:
        out.append(f"<p>{_wrap(story.summary)}</p>")
    i = 0
    img_no = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            img_no += 1
            out.append(_picture(b, f"anh{img_no}"))
            if b.printed:
                out.append(f"<p><em>{escape(b.printed)}</em></p>")
        elif b.style in ("h2", "h3"):
            a = _anchor(b.text)
            out.append(
                f'<{b.style} id="{a}"><a class="neo" href="#{a}" aria-hidden="true">#</a>'
                f"{escape(b.text)}</{b.style}>"
            )
        elif b.style in ("li", "oli"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{escape(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        elif b.style == "th":
            head = "".join(f"<th>{escape(c)}</th>" for c in b.text.split(" | "))
            rows = []
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                rows.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in blocks[i].text.split(" | ")) + "</tr>")
                i += 1
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table>")
            continue
        elif b.style == "q":
            out.append(f"<blockquote>\n<p>{_wrap(b.text)}</p>\n</blockquote>")
        elif b.style == "brk":
            parts = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "brk":
                parts.append(_wrap(blocks[i].text))
                i += 1
            parts.append(_wrap(blocks[i].text))
            out.append("<p>" + "<br />\n".join(parts) + "</p>")
        else:
            out.append(f"<p>{_wrap(b.text)}</p>")
        i += 1
    return "\n".join(out)


# --- chrome ----------------------------------------------------------------------------------


def _menu() -> str:
    cats = "".join(
        f'<li><a class="block px-3 py-1 hover:bg-red-50" href="/chuyen-muc/{slug}">{escape(name)}</a></li>'
        for slug, name in CATS.items()
        if slug != "thu-vien-anh"
    )
    return f"""
<nav class="bg-red-800 text-white" id="mn">
 <ul class="flex gap-4 px-4">
  <li><a href="/">Trang chủ</a></li>
  <li><details class="relative"><summary>Giới thiệu</summary>
   <ul class="absolute bg-white text-slate-800 shadow">
    <li><a href="/gioi-thieu#lich-su">Lịch sử hình thành</a></li>
    <li><a href="/gioi-thieu#nhiem-vu">Chức năng, nhiệm vụ</a></li>
    <li><a href="/gioi-thieu#co-cau">Cơ cấu tổ chức</a></li>
   </ul></details></li>
  <li><details class="relative"><summary>Tin tức</summary>
   <ul class="absolute bg-white text-slate-800 shadow">
    <li><a class="block px-3 py-1" href="/tin">Tất cả tin bài</a></li>{cats}
   </ul></details></li>
  <li><a href="/lich-hoc">Lịch học</a></li>
  <li><a href="/chuyen-muc/thu-vien-anh">Thư viện ảnh</a></li>
  <li><a href="/lien-he">Liên hệ</a></li>
 </ul>
</nav>"""


def _sidebar() -> str:
    pinned = BY_ID[PINNED]
    popular = []
    for sid in POPULAR:
        s = BY_ID[sid]
        slug = s.opts.get("old_slug", s.slug)  # the box is cached with the slug of its day
        popular.append(
            f'<li class="border-b py-1"><a href="/tin/{s.id}/{slug}">{escape(s.title)}</a>'
            f' <span class="text-xs text-slate-400">({s.views()})</span></li>'
        )
    return f"""
<aside class="w-72 shrink-0 space-y-6 text-sm" id="cot-phai">
 <div class="rounded border-l-4 border-yellow-500 bg-yellow-50 p-3">
  <div class="font-bold">📌 Thông báo</div>
  <a href="{_path(pinned)}">{escape(pinned.title)}</a>
 </div>
 <div><div class="bg-red-800 px-2 py-1 font-bold text-white">Đọc nhiều</div>
  <ol class="list-decimal pl-5">{''.join(popular)}</ol></div>
 <div><div class="bg-red-800 px-2 py-1 font-bold text-white">Lịch học tuần này</div>
  <p>Tuần 49 (30/11 – 06/12/2026): lớp TCLLCT-HC khóa 45, 46; lớp BD ngạch chuyên viên chính.</p>
  <a href="/lich-hoc">Xem lịch học chi tiết »</a></div>
 <div><div class="bg-red-800 px-2 py-1 font-bold text-white">Liên kết</div>
  <ul><li><a href="https://www.hcma.vn" rel="noopener">Học viện Chính trị quốc gia Hồ Chí Minh</a></li>
  <li><a href="https://www.bentre.gov.vn" rel="noopener">Cổng TTĐT tỉnh Bến Tre</a></li>
  <li><a href="https://baodongkhoi.vn" rel="noopener">Báo Đồng Khởi</a></li></ul></div>
 <form class="rounded border p-2" method="post" action="/binh-chon" hx-post="/binh-chon" hx-swap="outerHTML">
  <div class="font-bold">Thăm dò ý kiến</div>
  <p>Bạn đánh giá thế nào về website mới của Trường?</p>
  <label><input type="radio" name="y" value="1"> Rất hữu ích</label><br>
  <label><input type="radio" name="y" value="2"> Bình thường</label><br>
  <button type="submit">Bình chọn</button>
 </form>
 <div class="rounded bg-slate-100 p-2" id="tk">
  <div>Đang online: <b>14</b></div><div>Hôm nay: <b>326</b></div>
  <div>Tổng truy cập: <b>1.204.587</b></div>
 </div>
</aside>"""


def _page(title: str, main: str, *, crumbs: list[tuple[str, str | None]] | None = None,
          head: str = "") -> str:
    trail = ""
    if crumbs:
        items = ['<a href="/">Trang chủ</a>']
        for label, href in crumbs:
            items.append(f'<a href="{href}">{escape(label)}</a>' if href else f"<span>{escape(label)}</span>")
        trail = '<div class="px-4 py-2 text-sm text-slate-500" id="dd">' + " › ".join(items) + "</div>"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} - {SITE}</title>
<link rel="stylesheet" href="/static/app.css?v=0.4.2">
<script src="/static/htmx.min.js" defer></script>
<link rel="icon" href="/static/favicon.ico">
{head}
</head>
<body class="bg-slate-50 text-slate-800" hx-boost="true">
<div class="flex justify-between bg-slate-900 px-4 py-1 text-xs text-slate-300">
 <span>{HEADER_TODAY}</span><span>Hotline: 0275 3822 158</span>
</div>
<header class="flex items-center gap-3 px-4 py-3">
 <a href="/"><img src="/static/logo-tct.png" alt="Logo" class="h-16"></a>
 <div><div class="text-sm uppercase">Tỉnh ủy Bến Tre</div>
 <div class="text-2xl font-bold uppercase text-red-800">{SITE}</div></div>
 <form action="/tim-kiem" method="get" class="ml-auto"><input name="q" placeholder="Tìm kiếm..."><button>🔍</button></form>
</header>
{_menu()}
{trail}
<div class="mx-auto flex max-w-6xl gap-6 px-4 py-4">
<main class="min-w-0 flex-1">
{main}
</main>
{_sidebar()}
</div>
<footer class="mt-8 bg-red-900 px-4 py-6 text-sm text-red-100">
 <p class="font-bold uppercase">{SITE}</p>
 <p>Địa chỉ: Số 3, đường Nguyễn Đình Chiểu, phường An Hội, thành phố Bến Tre, tỉnh Bến Tre</p>
 <p>Điện thoại: 0275 3822 158 – Email: truongchinhtri@bentre.gov.vn</p>
 <p>© 2025 {SITE}. Phát triển bởi Tổ Công nghệ thông tin. <span class="opacity-50">v0.4.2 · axum</span></p>
</footer>
</body>
</html>"""


# --- listings --------------------------------------------------------------------------------


def _thumb(story: Story) -> str:
    img = story.images[0] if story.images else None
    stem = img.src.rsplit("/", 1)[1].rsplit(".", 1)[0] if img else "mac-dinh"
    return f"/anh/w320/{stem}.webp"


def _card(story: Story, *, short_thumb: bool = False) -> str:
    href = _path(story)
    thumb_href = f"/tin/{story.id}" if short_thumb else href
    lead = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(lead) > 150:
        lead = lead[:150].rsplit(" ", 1)[0] + "…"
    return f"""<div class="the flex gap-3 border-b py-3" id="t-{story.id}">
 <a href="{thumb_href}"><img src="{_thumb(story)}" alt="" class="h-24 w-36 object-cover" loading="lazy"></a>
 <div><a class="font-semibold hover:text-red-800" href="{href}">{escape(story.title)}</a>
 <div class="text-xs text-slate-500">{_time_tag(story, page=False)} · {escape(CATS[story.cat])}</div>
 <p class="text-sm">{escape(lead)}</p></div>
</div>"""


def _list_parts(items: list[Story], page: int, size: int, base: str, more: str) -> tuple[str, str]:
    """Cards of one page, and the htmx button plus the paged fallback."""
    chunk = items[(page - 1) * size: page * size]
    cards = "\n".join(_card(s) for s in chunk) or '<p class="py-6 text-center">Chưa có bài viết nào.</p>'
    pages = max(1, -(-len(items) // size))
    nums = []
    for n in range(1, pages + 1):
        href = base if n == 1 else f"{base}?trang={n}"
        nums.append(f"<b>{n}</b>" if n == page else f'<a href="{href}">{n}</a>')
    nav = []
    if page > 1:
        nav.append(f'<a href="{base if page == 2 else f"{base}?trang={page - 1}"}" rel="prev">‹ Trang trước</a>')
    if page <= pages:
        nav.append('<span class="so">' + " ".join(nums) + "</span>")
    # the officer's has_next: `rows.len() == page_size` (one page too many when the last is full)
    if len(chunk) == size:
        nav.append(f'<a href="{base}?trang={page + 1}" rel="next">Trang sau ›</a>')
    button = ""
    if len(chunk) == size:
        button = (
            f'<button class="mt-3 w-full rounded bg-red-800 py-2 text-white" hx-get="{more}?sau={chunk[-1].id}" '
            f'hx-target="#ds" hx-swap="beforeend" hx-on::after-request="this.remove()">Xem thêm</button>'
        )
    pager = f'{button}\n<nav class="pt mt-3 flex gap-3 text-sm" aria-label="Phân trang">{" ".join(nav)}</nav>'
    return cards, pager


def _fragment(items: list[Story], after: int, size: int, more: str) -> Response:
    rest = [s for s in items if s.id < after]
    chunk = rest[:size]
    body = "\n".join(_card(s) for s in chunk)
    if len(chunk) == size and len(rest) > size:
        body += (
            f'\n<button class="mt-3 w-full rounded bg-red-800 py-2 text-white" hx-get="{more}?sau={chunk[-1].id}" '
            f'hx-target="#ds" hx-swap="beforeend" hx-on::after-request="this.remove()">Xem thêm</button>'
        )
    return html(body, headers={"Vary": "HX-Request"})


def _page_number(request: Request) -> int | Response:
    raw = parse_qs(request.query).get("trang", ["1"])[0]
    if not raw.isdigit() or int(raw) < 1:
        return Response(400, "Failed to deserialize query string: trang: invalid digit found in string",
                        {"Content-Type": "text/plain; charset=utf-8"})
    return int(raw)


def _all_list(request: Request) -> Response:
    page = _page_number(request)
    if isinstance(page, Response):
        return page
    items = list(ORDER)
    if request.headers.get("HX-Request") == "true":
        chunk = items[(page - 1) * LIST_SIZE: page * LIST_SIZE]
        return html("\n".join(_card(s) for s in chunk), headers={"Vary": "HX-Request"})
    cards, pager = _list_parts(items, page, LIST_SIZE, "/tin", "/tin/them")
    pinned = BY_ID[PINNED]
    main = f"""<h1 class="mb-3 text-xl font-bold uppercase text-red-800">Tin tức</h1>
<div class="rounded bg-yellow-50 p-2 text-sm">📌 <b>Ghim:</b> <a href="{_path(pinned)}">{escape(pinned.title)}</a></div>
<div id="ds">
{cards}
</div>
{pager}"""
    title = "Tin tức" if page == 1 else f"Tin tức - Trang {page}"
    return html(_page(title, main, crumbs=[("Tin tức", None)]), headers={"Vary": "HX-Request"})


def _cat_list(request: Request, slug: str) -> Response | None:
    if slug not in CATS:
        return None
    page = _page_number(request)
    if isinstance(page, Response):
        return page
    items = [s for s in ORDER if s.cat == slug]
    base = f"/chuyen-muc/{slug}"
    if request.headers.get("HX-Request") == "true":
        chunk = items[(page - 1) * CAT_SIZE: page * CAT_SIZE]
        return html("\n".join(_card(s) for s in chunk), headers={"Vary": "HX-Request"})
    cards, pager = _list_parts(items, page, CAT_SIZE, base, f"{base}/them")
    name = CATS[slug]
    main = f"""<h1 class="mb-3 text-xl font-bold uppercase text-red-800">{escape(name)}</h1>
<div id="ds">
{cards}
</div>
{pager}"""
    title = name if page == 1 else f"{name} - Trang {page}"
    return html(_page(title, main, crumbs=[("Tin tức", "/tin"), (name, None)]))


# --- pages -----------------------------------------------------------------------------------


def _home(request: Request) -> Response:
    hero = BY_ID[123]
    latest = [s for s in ORDER if s.cat != "thu-vien-anh"][:5]
    boxes = []
    for slug in ("dao-tao", "nghien-cuu"):
        items = [s for s in ORDER if s.cat == slug][:3]
        links = "".join(
            f'<li class="py-1"><a href="{_path(s)}">{escape(s.title)}</a></li>' for s in items
        )
        boxes.append(
            f'<div class="rounded border"><div class="flex justify-between bg-red-800 px-2 py-1 text-white">'
            f'<b>{escape(CATS[slug])}</b><a href="/chuyen-muc/{slug}">Xem tất cả</a></div>'
            f'<ul class="px-3">{links}</ul></div>'
        )
    main = f"""<section class="mb-6" id="noi-bat">
 <a href="/tin/{hero.id}/{hero.opts['old_slug']}"><img src="{_thumb(hero).replace('w320', 'w960')}" alt="" class="w-full"></a>
 <h2 class="mt-2 text-2xl font-bold"><a href="/tin/{hero.id}/{hero.opts['old_slug']}">{escape(hero.opts['og_title'])}</a></h2>
 <p>{escape(hero.summary or '')}</p>
</section>
<section><h2 class="mb-2 border-b-2 border-red-800 font-bold uppercase">Tin mới</h2>
{''.join(_card(s, short_thumb=True) for s in latest)}
<a class="text-sm text-red-800" href="/tin">Xem tất cả tin »</a>
</section>
<section class="mt-6 grid grid-cols-2 gap-4">{''.join(boxes)}</section>"""
    return html(_page("Trang chủ", main))


def _comments(story: Story) -> str:
    rows = story.opts.get("comments", [])
    items = []
    for n, (who, when, what) in enumerate(rows, start=1):
        t = datetime.strptime(when, "%Y-%m-%d %H:%M")
        items.append(
            f'<div class="bl border-b py-2" id="bl-{story.id * 10 + n}"><div class="flex gap-2 text-sm">'
            f'<b>{escape(who)}</b><time datetime="{_utc_attr(t)}">{t:%d/%m/%Y %H:%M}</time></div>'
            f"<p>{escape(what)}</p></div>"
        )
    return f"""<section id="binh-luan" class="mt-8">
<h3 class="font-bold">Bình luận ({len(rows)})</h3>
<div id="ds-bl">{''.join(items) or '<p class="text-sm text-slate-500">Chưa có bình luận.</p>'}</div>
<form method="post" action="/tin/{story.id}/binh-luan" hx-post="/tin/{story.id}/binh-luan" hx-target="#ds-bl" hx-swap="beforeend">
 <input name="ten" placeholder="Họ tên" required> <textarea name="nd" placeholder="Nội dung bình luận"></textarea>
 <button type="submit">Gửi bình luận</button>
 <p class="text-xs">Bình luận sẽ được kiểm duyệt trước khi hiển thị.</p>
</form>
</section>"""


def _article(request: Request, story: Story) -> Response:
    base = base_url(request)
    cat = CATS[story.cat]
    seo = story.opts.get("og_title", story.title)
    first = story.images[0].src if story.images else "/static/logo-tct.png"
    lead = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    head = f"""<link rel="canonical" href="{base}{_path(story)}">
<meta name="description" content="{escape(lead[:160])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(seo)}">
<meta property="og:url" content="{base}{_path(story)}">
<meta property="og:image" content="{base}{first}">
<meta property="article:published_time" content="{_utc_attr(_local(story))}">"""
    author = ""
    if story.opts.get("tac_gia"):
        author = f' · <span>Tác giả: <b>{escape(story.opts["tac_gia"])}</b></span>'
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="mb-4 font-semibold text-slate-700" id="tt-{story.id}">{escape(story.summary)}</div>'
    edited = ""
    if story.opts.get("sua"):
        edited = f'<div class="mt-4 text-xs italic text-slate-400">Sửa lần cuối: {story.opts["sua"]}</div>'
    same = [s for s in ORDER if s.cat == story.cat and s.id != story.id][:4]
    related = "".join(f'<li><a href="{_path(s)}">{escape(s.title)}</a></li>' for s in same)
    main = f"""<article class="rounded bg-white p-5 shadow-sm" data-id="{story.id}">
<h1 class="text-2xl font-bold leading-snug">{escape(story.title)}</h1>
<div class="my-2 flex flex-wrap gap-x-2 text-sm text-slate-500">
 <span>🕒 {_time_tag(story, page=True)}</span> · <span>Đăng bởi: tct-admin</span>{author}
 · <span>👁 {story.views()} lượt xem</span> · <a href="/chuyen-muc/{story.cat}">{escape(cat)}</a>
</div>
{sapo}
<div class="nd prose max-w-none" id="nd-{story.id}">
{_markdown_html(story)}
</div>
{edited}
<div class="cs mt-4 flex gap-2 text-sm">
 <a href="https://www.facebook.com/sharer/sharer.php?u={base}{_path(story)}" rel="noopener">Chia sẻ Facebook</a>
 <a href="https://zalo.me/share?u={base}{_path(story)}" rel="noopener">Zalo</a>
 <button onclick="navigator.clipboard.writeText(location.href)">Sao chép liên kết</button>
 <button onclick="window.print()">In bài</button>
</div>
</article>
{_comments(story) if story.cat != 'thu-vien-anh' else ''}
<section class="mt-6"><h3 class="border-b-2 border-red-800 font-bold">Cùng chuyên mục</h3>
<ul class="list-disc pl-5">{related}</ul></section>"""
    crumbs = [("Tin tức", "/tin"), (cat, f"/chuyen-muc/{story.cat}")]
    return html(_page(seo, main, crumbs=crumbs, head=head))


def _gone(request: Request) -> Response:
    main = """<div class="rounded bg-white p-8 text-center">
<h1 class="text-xl font-bold">Bài viết không tồn tại hoặc đã bị gỡ</h1>
<p>Liên kết bạn truy cập có thể đã thay đổi. Vui lòng quay lại <a href="/tin">danh sách tin</a>.</p>
</div>"""
    return html(_page("Không tìm thấy bài viết", main))  # status 200: the officer's Html(...)


def _intro(request: Request) -> Response:
    main = """<h1 class="text-2xl font-bold">Giới thiệu Trường Chính trị tỉnh Bến Tre</h1>
<h2 id="lich-su">Lịch sử hình thành</h2>
<p>Tiền thân của Trường là Trường Đảng tỉnh Bến Tre, thành lập năm 1962 trong kháng chiến chống Mỹ.
Năm 1995 Trường được đổi tên thành Trường Chính trị tỉnh Bến Tre.</p>
<h2 id="nhiem-vu">Chức năng, nhiệm vụ</h2>
<p>Trường là cơ sở đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở;
đào tạo trung cấp lý luận chính trị - hành chính; bồi dưỡng kiến thức quản lý nhà nước.</p>
<h2 id="co-cau">Cơ cấu tổ chức</h2>
<ul><li>Ban Giám hiệu</li><li>Phòng Tổ chức - Hành chính</li><li>Phòng Quản lý đào tạo</li>
<li>Khoa Xây dựng Đảng</li><li>Khoa Lý luận cơ sở</li><li>Khoa Nhà nước và pháp luật</li></ul>"""
    return html(_page("Giới thiệu", main, crumbs=[("Giới thiệu", None)]))


def _schedule(request: Request) -> Response:
    rows = [
        ("Thứ Sáu 04/12", "TCLLCT-HC K45", "Quản lý hành chính nhà nước", "ThS. Võ Thanh Sơn", "P.201"),
        ("Thứ Bảy 05/12", "TCLLCT-HC K45", "Thi kết thúc học phần", "Phòng QLĐT", "Hội trường A"),
        ("Thứ Sáu 04/12", "TCLLCT-HC K46", "Triết học Mác - Lênin", "ThS. Trần Thị Mỹ Linh", "P.202"),
        ("Thứ Bảy 05/12", "BD CVC 2026", "Kỹ năng soạn thảo văn bản", "CN. Lê Hoàng Phúc", "P.301"),
    ]
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows)
    main = f"""<h1 class="text-2xl font-bold">Lịch học tuần 49 (30/11 – 06/12/2026)</h1>
<table class="w-full text-sm"><thead><tr><th>Ngày</th><th>Lớp</th><th>Nội dung</th><th>Giảng viên</th><th>Phòng</th></tr></thead>
<tbody>{body}</tbody></table>
<p class="text-xs">Lịch có thể thay đổi, học viên theo dõi thông báo của Phòng Quản lý đào tạo.</p>"""
    return html(_page("Lịch học", main, crumbs=[("Lịch học", None)]))


def _contact(request: Request) -> Response:
    main = """<h1 class="text-2xl font-bold">Liên hệ</h1>
<p>Trường Chính trị tỉnh Bến Tre</p>
<p>Địa chỉ: Số 3, đường Nguyễn Đình Chiểu, phường An Hội, thành phố Bến Tre</p>
<p>Điện thoại: 0275 3822 158 – Email: truongchinhtri@bentre.gov.vn</p>
<iframe src="https://www.google.com/maps/embed?pb=tct-bentre" width="600" height="300" loading="lazy"></iframe>"""
    return html(_page("Liên hệ", main, crumbs=[("Liên hệ", None)]))


def _search(request: Request) -> Response:
    q = parse_qs(request.query).get("q", [""])[0].strip()
    hits = [s for s in STORIES if q and q.lower() in s.title.lower()]
    rows = "".join(f'<li><a href="{_path(s)}">{escape(s.title)}</a></li>' for s in hits)
    msg = "Nhập từ khóa để tìm kiếm." if not q else f"Tìm thấy {len(hits)} kết quả cho “{escape(q)}”."
    main = f'<h1 class="text-xl font-bold">Tìm kiếm</h1><p>{msg}</p><ul>{rows}</ul>'
    return html(_page("Tìm kiếm", main, crumbs=[("Tìm kiếm", None)]))


_WEBP = b"RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00\x2f\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00"


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return _home(request)
        if path == "/tin":
            return _all_list(request)
        if path in ("/gioi-thieu", "/lich-hoc", "/lien-he", "/tim-kiem"):
            return {"/gioi-thieu": _intro, "/lich-hoc": _schedule, "/lien-he": _contact,
                    "/tim-kiem": _search}[path](request)
        if path.startswith(("/anh/", "/static/")):
            if path.endswith(".webp"):
                return Response(200, _WEBP, {"Content-Type": "image/webp"})
            return static_file(path)
        if path.startswith("/tep/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/tin/them":
            after = parse_qs(request.query).get("sau", [""])[0]
            if not after.isdigit():
                return Response(400, "Failed to deserialize query string", {"Content-Type": "text/plain"})
            return _fragment(list(ORDER), int(after), LIST_SIZE, "/tin/them")
        m = re.fullmatch(r"/chuyen-muc/([a-z-]+)(/them)?", path)
        if m:
            if m.group(2):
                after = parse_qs(request.query).get("sau", [""])[0]
                if m.group(1) not in CATS or not after.isdigit():
                    return None
                items = [s for s in ORDER if s.cat == m.group(1)]
                return _fragment(items, int(after), CAT_SIZE, f"/chuyen-muc/{m.group(1)}/them")
            return _cat_list(request, m.group(1))
        m = re.fullmatch(r"/tin/([^/]+)(?:/([^/]+))?", path)
        if m:
            if not m.group(1).isdigit():
                return Response(400, "Invalid URL: Cannot parse `id` to a `u32`", {"Content-Type": "text/plain"})
            story = BY_ID.get(int(m.group(1)))
            if story is None:
                return _gone(request)
            if m.group(2) is None:
                return redirect(_path(story), 301)
            return _article(request, story)
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    alts = [f"/tin/{story.id}/{story.opts['old_slug']}"] if story.opts.get("old_slug") else []
    return gold_record(story, _path(story), CATS[story.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = ["/gioi-thieu", "/lich-hoc", "/lien-he", _path(ALBUM)]
