"""Halo 2 blog (Java, Spring Boot) of Trường THPT Chuyên Lê Quý Đôn, tỉnh Điện Biên.

Platform: Halo 2.20 with the community theme "Joe 3" translated to Vietnamese by the school's
IT teacher (class names ``joe_…`` from the theme, ``tt-…`` from the school's own additions).
Posts are written in Halo's Markdown editor, so the body is markdown-it output: plain ``<p>``,
``<h2 id=…>``, ``<ul>``, ``<table>``, ``<blockquote>`` and markdown-it footnotes.

URL scheme
- ``/`` and ``/page/<n>``: the home post list (5 a page, the pinned post first);
- ``/archives/<slug>``: a post (any query string is ignored by Halo and serves the same post);
- ``/categories/<slug>`` and ``/categories/<slug>/page/<n>``: a section (4 a page);
- ``/tags/<slug>``: a tag (5 a page);
- ``/archives``, ``/archives/page/<n>``, ``/archives/<yyyy>``, ``/archives/<yyyy>/page/<n>``:
  the yearly archive list (10 a page, grouped by year and month);
- ``/<page-slug>``: Halo single pages (``/gioi-thieu``, ``/lien-he``, ``/doi-ngu-giao-vien``)
  and the plugin pages ``/photos`` (album) and ``/links`` (links);
- ``/rss.xml``: the feed of the 10 newest posts; ``/search?keyword=``: the search page;
- ``/upload/…`` attachments and ``/themes/theme-joe3/assets/…`` theme files.

Page templates: home/category/tag list (cards with thumbnail, auto-excerpt, relative time
"x ngày trước", numbered pager plus ``<link rel="next">``), archive list (year > month > day +
title), post (breadcrumb, meta line, optional "Tóm tắt" box, "Mục lục" TOC, markdown body,
copyright box, tags, prev/next, "Bài viết liên quan", server-rendered comments), single page.

How each gold article is reached: the home list (pages 1–3), its section list, the archive
list (pages 1–2), tag lists, the sidebar's newest/most-read lists, the prev/next links and the
feed. The three oldest (October) posts are listed on page 3 of the home list and page 2 of the
archive list; "hoi-nghi-vien-chuc…" also only on page 2 of its section (besides prev/next).

Traps
1. Lazy images: every photo in a post is ``<img class="lazy" src=".../loading.gif"
   data-src="/upload/2026/11/x.jpg">``: gold image paths are the ``data-src`` ones, the
   loading.gif placeholder is never an image of the article.
2. UTC ``<time datetime>``: the meta line prints the local time ("28/11/2026 06:40") inside
   ``<time datetime="2026-11-27T23:40:00Z">``; for posts published before 07:00 the UTC date is
   the day before. Gold is the printed local time with +07:00.
3. Midnight: a post printed "02/12/2026 00:00" (datetime "2026-12-01T17:00:00Z") -> gold day
   alone "2026-12-02". The "Cập nhật" (update time) printed next to it is never the date.
4. ``/archives/2026`` and ``/archives/page/2`` have the shape of a post URL ``/archives/<slug>``
   but are archive listings (not articles).
5. Feed duplicates: ``/rss.xml`` links the 10 newest posts as
   ``/archives/<slug>?utm_source=rss&utm_medium=feed``; Halo serves the post there too (canonical
   points to the clean URL): those URLs are the gold's ``alt_paths``.
6. Chrome inside the article container: the "Mục lục" TOC (the headings' texts again, as links)
   before the text and the copyright box ("Bản quyền thuộc… / Liên kết… / giấy phép CC
   BY-NC-SA") after it are not body; the headings themselves are.
7. Accounts are not authors: the meta line's "Người đăng: Quản trị viên" / the card's
   "admin" are Halo accounts -> nobody; real bylines are the right-aligned lines at the end
   ("Tin, ảnh: …", "Tin: … - Ảnh: …", a teaching group signing alone, "ThS. …").
8. Captions: markdown ``*…*`` centred under the photo is the photo's caption (not body); a
   ``<figcaption>`` likewise; a line "Ảnh: Cà Văn Hùng" only credits -> caption None, and the
   name is the photographer.
9. markdown-it footnotes: the calls print "[1]" in brackets inside ``<sup>`` and stay in the
   sentence ("…cấp tỉnh.[1]"); the notes after ``<hr class="footnotes-sep">`` are body
   paragraphs, without their back-reference arrow "↩︎".
10. An official notice (letterhead table, "Số: …", "THÔNG BÁO / Về việc…", "Nơi nhận", signer):
    its date is the letterhead's day (2026-12-02), not the post time (03/12/2026 07:30); its
    signer Nguyễn Thị Thanh Hà is the author; the table of exam days is body (cells " | ").
11. A post filed in two categories ("Tin tức - Sự kiện", "Hoạt động Đoàn - Hội"): it is listed in
    both sections; the breadcrumb prints the first one, which is the gold category.
12. Sapo: two posts print Halo's hand-written excerpt in a "Tóm tắt:" box above the text (the
    sapo, label off); one has a bold lead paragraph (the sapo). All other posts have only the
    auto-excerpt (meta description, list cards, cut with "...") -> summary null.
13. Server-rendered comments ("Bình luận (2)") under the post and the "Bài viết liên quan"
    cards are not body.

Gold decisions on ambiguous points
- published_at: the printed local date-time (the meta line) wins over the UTC attribute; the
  official notice takes the letterhead's day (house rule).
- category: the breadcrumb's last section (for the sub-section "Hoạt động Đoàn - Hội" the
  breadcrumb prints "Tin tức - Sự kiện › Hoạt động Đoàn - Hội": the leaf is the category).
- The "Tóm tắt:" label is not part of the summary.
- A poem quoted with ``<br>`` line breaks: each line is its own paragraph (house rule for br).
- The TOC, copyright box, tags, prev/next, comments: not body. "Nguồn: …" closing line -> source.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "halo_blog_thpt"
PLATFORM = "Halo 2 (Spring Boot) + theme Joe 3 (Việt hóa)"
START_PATH = "/"

SCHOOL = "Trường THPT Chuyên Lê Quý Đôn"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
THEME = "/themes/theme-joe3/assets"
LOADING = f"{THEME}/img/loading.gif"

HOME_SIZE = 5
CAT_SIZE = 4
TAG_SIZE = 5
ARCHIVE_SIZE = 10
FEED_SIZE = 10
RSS_QUERY = "utm_source=rss&utm_medium=feed"

# slug -> (name, parent slug)
CATEGORIES: dict[str, tuple[str, str | None]] = {
    "tin-tuc": ("Tin tức - Sự kiện", None),
    "hoat-dong-doan": ("Hoạt động Đoàn - Hội", "tin-tuc"),
    "thong-bao": ("Thông báo", None),
    "chuyen-mon": ("Hoạt động chuyên môn", None),
}
TAGS = {
    "hoc-sinh-gioi": "Học sinh giỏi",
    "doan-thanh-nien": "Đoàn thanh niên",
    "ky-niem": "Kỷ niệm",
    "tuyen-sinh": "Tuyển sinh",
}


def _byline(line: str) -> Raw:
    return Raw(f'<p style="text-align: right"><strong>{esc(line)}</strong></p>')


def _credit(line: str) -> Raw:
    return Raw(f'<p style="text-align: right"><em>{esc(line)}</em></p>')


_LETTERHEAD = (
    '<table style="width: 100%; border: none">\n<tbody><tr>\n'
    '<td style="text-align: center; width: 45%">SỞ GD&amp;ĐT ĐIỆN BIÊN<br>'
    "<strong>TRƯỜNG THPT CHUYÊN<br>LÊ QUÝ ĐÔN</strong><br>Số: 215/TB-THPTCLQĐ</td>\n"
    '<td style="text-align: center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
    "<strong>Độc lập - Tự do - Hạnh phúc</strong><br>"
    "<em>Điện Biên, ngày 02 tháng 12 năm 2026</em></td>\n</tr></tbody>\n</table>\n"
    '<p style="text-align: center"><strong>THÔNG BÁO</strong><br>'
    "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>"
)
_CLOSING = (
    '<table style="width: 100%; border: none">\n<tbody><tr>\n'
    '<td style="vertical-align: top"><em><strong>Nơi nhận:</strong></em><br>'
    "- Các tổ chuyên môn;<br>- GVCN các lớp;<br>- Website trường;<br>- Lưu: VT.</td>\n"
    '<td style="text-align: center"><strong>KT. HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG</strong>'
    "<br><br><em>(Đã ký)</em><br><br><strong>Nguyễn Thị Thanh Hà</strong></td>\n"
    "</tr></tbody>\n</table>"
)

STORIES: list[Story] = [
    Story(
        1,
        "le-ky-niem-20-nam-thanh-lap-truong",
        "Trang trọng Lễ kỷ niệm 20 năm thành lập Trường THPT Chuyên Lê Quý Đôn",
        "tin-tuc",
        "2026-12-04T09:15:00+07:00",
        [
            P(
                "Sáng 04/12, tại hội trường lớn, Trường THPT Chuyên Lê Quý Đôn long trọng tổ chức Lễ "
                "kỷ niệm 20 năm ngày thành lập trường (2006 - 2026) với sự tham dự của lãnh đạo "
                "tỉnh, Sở GD&ĐT và đông đảo các thế hệ thầy cô giáo, cựu học sinh."
            ),
            Img("/upload/2026/12/le-ky-niem-20-nam-1.jpg", "Các đại biểu thực hiện nghi thức chào cờ",
                "Các đại biểu thực hiện nghi thức chào cờ", "figure"),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Vũ Đình Long đã ôn lại chặng đường 20 năm "
                "xây dựng và phát triển: từ 6 lớp với 180 học sinh ban đầu, đến nay nhà trường có 24 "
                "lớp chuyên với gần 800 học sinh."
            ),
            P(
                "Trong 20 năm qua, học sinh nhà trường đã giành 47 giải học sinh giỏi quốc gia, hàng "
                "trăm giải cấp tỉnh; tỉ lệ đỗ tốt nghiệp THPT luôn đạt 100%."
            ),
            Img("/upload/2026/12/le-ky-niem-20-nam-2.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11 Anh",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11 Anh", "figure"),
            P(
                "Nhân dịp này, nhà trường vinh dự đón nhận Bằng khen của Bộ trưởng Bộ Giáo dục và "
                "Đào tạo vì đã có thành tích xuất sắc trong công tác bồi dưỡng học sinh giỏi."
            ),
            _byline("Tin, ảnh: Quàng Văn Thịnh"),
        ],
        authors=["Quàng Văn Thịnh"],
        photographers=["Quàng Văn Thịnh"],
        summary=(
            "Hai mươi năm xây dựng và trưởng thành, nhà trường đã trở thành cái nôi đào tạo "
            "học sinh năng khiếu của tỉnh Điện Biên."
        ),
        sapo_outside=True,
        opts={"dt": "2026-12-04 09:15", "upd": "2026-12-04 20:02", "tags": ["ky-niem"],
              "comments": True},
    ),
    Story(
        2,
        "thong-bao-lich-kiem-tra-cuoi-hoc-ky-1",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "thong-bao",
        "2026-12-02",
        [
            Raw(_LETTERHEAD),
            P(
                "Căn cứ Kế hoạch năm học 2026 - 2027 của nhà trường, Trường THPT Chuyên Lê Quý Đôn "
                "thông báo lịch kiểm tra cuối học kỳ I như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian", "row"),
            P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "row"),
            P("15/12/2026 | Chiều | Lịch sử | 45 phút", "row"),
            P("16/12/2026 | Sáng | Toán | 90 phút", "row"),
            P("17/12/2026 | Sáng | Tiếng Anh | 60 phút", "row"),
            P(
                "Học sinh có mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo thẻ học sinh "
                "và dụng cụ học tập cần thiết."
            ),
            P(
                "Giáo viên chủ nhiệm các lớp phổ biến thông báo này tới toàn thể học sinh và cha mẹ "
                "học sinh."
            ),
            Raw(_CLOSING),
        ],
        authors=["Nguyễn Thị Thanh Hà"],
        opts={"dt": "2026-12-03 07:30", "upd": "2026-12-03 07:41", "pinned": True},
    ),
    Story(
        3,
        "doi-tuyen-hoc-sinh-gioi-quoc-gia-2027-tap-huan",
        "Đội tuyển học sinh giỏi quốc gia năm 2027 bước vào đợt tập huấn",
        "chuyen-mon",
        "2026-12-02",
        [
            P(
                "Từ ngày 02/12, 62 học sinh thuộc 10 đội tuyển của tỉnh bắt đầu đợt tập huấn tập "
                "trung chuẩn bị cho Kỳ thi chọn học sinh giỏi quốc gia THPT năm 2027."
            ),
            Img("/upload/2026/12/doi-tuyen-hsg.jpg",
                "Học sinh đội tuyển Toán trong giờ học với chuyên gia",
                "Học sinh đội tuyển Toán trong giờ học với chuyên gia", "em"),
            P(
                "Nhà trường đã mời các giảng viên của Trường Đại học Sư phạm Hà Nội và Đại học Quốc "
                "gia Hà Nội lên giảng dạy các chuyên đề nâng cao."
            ),
            P(
                "Đợt tập huấn kéo dài đến hết tháng 12, xen kẽ các bài kiểm tra đánh giá năng lực "
                "hằng tuần để lựa chọn đội hình chính thức."
            ),
            _byline("Tổ Toán - Tin"),
        ],
        authors=["Tổ Toán - Tin"],
        opts={"dt": "2026-12-02 00:00", "upd": "2026-12-02 08:05", "tags": ["hoc-sinh-gioi"]},
    ),
    Story(
        4,
        "chi-doan-12-van-dai-hoi-nhiem-ky-2026-2027",
        "🎉 Chi đoàn 12 Văn tổ chức thành công Đại hội nhiệm kỳ 2026 - 2027",
        "hoat-dong-doan",
        "2026-11-28T06:40:00+07:00",
        [
            P(
                "Chiều 27/11, Chi đoàn lớp 12 Văn đã tổ chức Đại hội chi đoàn nhiệm kỳ 2026 - 2027 "
                "dưới sự chỉ đạo của Đoàn trường."
            ),
            Img("/upload/2026/11/dai-hoi-12-van.jpg", "Ảnh: Cà Văn Hùng", None, "em"),
            P(
                "Đại hội đã đánh giá kết quả công tác đoàn nhiệm kỳ qua và thông qua phương hướng "
                "với 5 chỉ tiêu trọng tâm 😊."
            ),
            P("Đại hội đã bầu Ban Chấp hành chi đoàn gồm 3 đồng chí; đồng chí Giàng A Sử được bầu "
              "làm Bí thư chi đoàn."),
            _byline("Tin: Lường Thị Mai - Ảnh: Cà Văn Hùng"),
        ],
        authors=["Lường Thị Mai"],
        photographers=["Cà Văn Hùng"],
        opts={"dt": "2026-11-28 06:40", "upd": "2026-11-29 10:12", "tags": ["doan-thanh-nien"]},
    ),
    Story(
        5,
        "mit-tinh-ky-niem-ngay-nha-giao-viet-nam-20-11",
        "Mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc",
        "2026-11-20T08:00:00+07:00",
        [
            P(
                "Sáng 20/11, nhà trường tổ chức mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
                "(20/11/1982 - 20/11/2026) trong không khí ấm áp, trang trọng."
            ),
            P(
                "Mở đầu chương trình, em Lò Văn Minh, lớp 11 Văn, đã ngâm bài thơ tặng các thầy cô:"
            ),
            P("Thầy dạy em từ những ngày bỡ ngỡ", "quote"),
            P("Dắt em qua con chữ với nỗi niềm", "br"),
            P("Mưa Điện Biên bao mùa đi qua lớp", "br"),
            P(
                "Tại buổi lễ, Ban Chấp hành Đoàn trường đã trao tặng hoa và những phần quà ý nghĩa "
                "tới các thầy cô giáo đã nghỉ hưu."
            ),
            Img("/upload/2026/11/mit-tinh-20-11.jpg", "Đoàn trường tặng hoa các thầy cô giáo",
                "Đoàn trường tặng hoa các thầy cô giáo", "em"),
            P("Nhân dịp này, 12 thầy cô được tặng giấy khen vì thành tích trong phong trào thi đua "
              "“Dạy tốt - Học tốt”."),
            _byline("Tin, ảnh: Quàng Văn Thịnh"),
        ],
        authors=["Quàng Văn Thịnh"],
        photographers=["Quàng Văn Thịnh"],
        opts={"dt": "2026-11-20 08:00", "upd": "2026-11-21 14:30",
              "cats": ["tin-tuc", "hoat-dong-doan"], "tags": ["ky-niem", "doan-thanh-nien"],
              "comments": True},
    ),
    Story(
        6,
        "chuyen-de-day-hoc-stem-mon-vat-li-11",
        "Sinh hoạt chuyên đề: Dạy học STEM trong môn Vật lí lớp 11",
        "chuyen-mon",
        "2026-11-18T14:30:00+07:00",
        [
            P(
                "Chiều 17/11, Tổ Vật lí - Công nghệ tổ chức sinh hoạt chuyên đề “Dạy học STEM trong "
                "môn Vật lí lớp 11” theo Chương trình GDPT 2018."
            ),
            P("1. Mục tiêu của chuyên đề", "h2"),
            P(
                "Chuyên đề giúp giáo viên thiết kế bài học STEM gắn với các nội dung dao động, sóng "
                "và điện trường, qua đó phát triển năng lực vận dụng kiến thức của học sinh."
            ),
            P("2. Tiến trình tiết dạy minh họa", "h2"),
            P("Xác định vấn đề: chế tạo mô hình máy đo độ rung đơn giản;", "li"),
            P("Nghiên cứu kiến thức nền và đề xuất giải pháp;", "li"),
            P("Chế tạo, thử nghiệm và đánh giá sản phẩm.", "li"),
            Img("/upload/2026/11/stem-vat-li.jpg", "Học sinh lớp 11 Lí thử nghiệm sản phẩm",
                "Học sinh lớp 11 Lí thử nghiệm sản phẩm", "figure"),
            P("3. Kết luận", "h2"),
            P(
                "Các thầy cô thống nhất mỗi khối lớp tổ chức ít nhất hai chủ đề STEM trong một học "
                "kỳ."
            ),
            _byline("ThS. Đèo Văn Khánh - Tổ trưởng Tổ Vật lí - Công nghệ"),
        ],
        authors=["Đèo Văn Khánh"],
        opts={"dt": "2026-11-18 14:30", "upd": "2026-11-18 15:02", "toc": True},
    ),
    Story(
        7,
        "du-kien-phuong-an-tuyen-sinh-lop-10-chuyen-2027",
        "Dự kiến phương án tuyển sinh lớp 10 chuyên năm học 2027 - 2028",
        "thong-bao",
        "2026-11-16T10:05:00+07:00",
        [
            P(
                "Sở GD&ĐT Điện Biên công bố dự thảo phương án tuyển sinh vào lớp 10 Trường THPT "
                "Chuyên Lê Quý Đôn năm học 2027 - 2028 để lấy ý kiến góp ý."
            ),
            P("Theo dự thảo, thí sinh dự thi 3 môn chung và 1 môn chuyên, cụ thể:"),
            P("Môn Ngữ văn và môn Toán: thời gian làm bài 120 phút;", "li"),
            P("Môn Tiếng Anh: thời gian làm bài 60 phút;", "li"),
            P("Môn chuyên: thời gian làm bài 150 phút, tính hệ số 2.", "li"),
            P("Dự kiến kỳ thi được tổ chức vào đầu tháng 6/2027."),
            Raw('<p style="text-align: right"><em>Nguồn: Sở GD&amp;ĐT Điện Biên</em></p>'),
        ],
        source="Sở GD&ĐT Điện Biên",
        opts={"dt": "2026-11-16 10:05", "upd": "2026-11-30 09:10", "tags": ["tuyen-sinh"]},
    ),
    Story(
        8,
        "hoc-sinh-gianh-giai-nhat-khkt-cap-tinh",
        "Học sinh nhà trường giành giải Nhất cuộc thi Khoa học kỹ thuật cấp tỉnh",
        "tin-tuc",
        "2026-11-12T16:45:00+07:00",
        [
            P(
                "Với dự án “Hệ thống cảnh báo sạt lở đất sử dụng cảm biến độ ẩm”, hai em Lò Thị Ngọc "
                "và Vừ A Dế đã xuất sắc giành giải Nhất cuộc thi.",
                "lead",
            ),
            P(
                "Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học tỉnh Điện Biên năm học "
                "2026 - 2027 có 86 dự án tham gia thuộc 18 lĩnh vực.[1]"
            ),
            Img("/upload/2026/11/khkt-giai-nhat.jpg", "Hai học sinh giới thiệu dự án với Ban giám khảo",
                "Hai học sinh giới thiệu dự án với Ban giám khảo", "em"),
            P(
                "Dự án được đánh giá cao nhờ chi phí thấp và khả năng ứng dụng tại các xã vùng cao "
                "thường xuyên xảy ra sạt lở.[2]"
            ),
            P("Dự án sẽ đại diện tỉnh Điện Biên tham dự vòng chung kết quốc gia vào tháng 3/2027."),
            P("Quyết định số 1532/QĐ-SGDĐT ngày 10/11/2026 của Sở GD&ĐT Điện Biên.", "fn"),
            P("Số liệu của Ban Chỉ huy Phòng chống thiên tai tỉnh năm 2025.", "fn"),
            _byline("Tin, ảnh: Tổ Hóa - Sinh"),
        ],
        authors=["Tổ Hóa - Sinh"],
        photographers=["Tổ Hóa - Sinh"],
        summary=(
            "Với dự án “Hệ thống cảnh báo sạt lở đất sử dụng cảm biến độ ẩm”, hai em Lò Thị Ngọc "
            "và Vừ A Dế đã xuất sắc giành giải Nhất cuộc thi."
        ),
        opts={"dt": "2026-11-12 16:45", "upd": "2026-11-13 07:00", "tags": ["hoc-sinh-gioi"]},
    ),
    Story(
        9,
        "hoi-thao-giao-duc-van-hoc-dia-phuong-dien-bien",
        "Hội thảo “Giáo dục văn học địa phương Điện Biên trong nhà trường”",
        "chuyen-mon",
        "2026-11-06T09:00:00+07:00",
        [
            P(
                "Ngày 05/11, Tổ Ngữ văn phối hợp với Hội Văn học Nghệ thuật tỉnh tổ chức hội thảo "
                "chuyên đề về giáo dục văn học địa phương."
            ),
            P(
                "Các tham luận tập trung vào việc khai thác truyện thơ dân gian Thái “Xống chụ xon "
                "xao” và sáng tác của các nhà văn viết về Điện Biên."
            ),
            P(
                "Văn học địa phương là cầu nối để học sinh hiểu và yêu quê hương mình hơn.",
                "quote",
            ),
            Img("/upload/2026/11/hoi-thao-van-hoc-1.jpg", "Nhà thơ Lò Ngân Sủn trao đổi với giáo viên",
                "Nhà thơ Lò Ngân Sủn trao đổi với giáo viên", "em"),
            Img("/upload/2026/11/hoi-thao-van-hoc-2.jpg", None, None, "none"),
            P("Hội thảo thống nhất xây dựng bộ tài liệu đọc mở rộng dùng chung cho các lớp chuyên Văn."),
            _byline("Lò Thị Hương"),
        ],
        authors=["Lò Thị Hương"],
        summary=(
            "Hội thảo giúp giáo viên có thêm kinh nghiệm đưa văn học địa phương vào bài giảng "
            "một cách sinh động."
        ),
        sapo_outside=True,
        opts={"dt": "2026-11-06 09:00", "upd": "2026-11-06 09:00"},
    ),
    Story(
        10,
        "khai-mac-giai-bong-da-nam-hoc-sinh",
        "Khai mạc Giải bóng đá nam học sinh năm học 2026 - 2027",
        "hoat-dong-doan",
        "2026-10-30T15:00:00+07:00",
        [
            P(
                "Chiều 29/10, Đoàn trường khai mạc Giải bóng đá nam học sinh với sự tham gia của 18 "
                "đội bóng đại diện cho các chi đoàn."
            ),
            Img("/upload/2026/10/bong-da-khai-mac.jpg", "Trận đấu khai mạc giữa 10 Toán và 11 Lí",
                "Trận đấu khai mạc giữa 10 Toán và 11 Lí", "figure"),
            P("Giải đấu diễn ra từ ngày 29/10 đến ngày 20/11 tại sân vận động nhà trường."),
            _byline("Tin, ảnh: Cà Văn Hùng"),
        ],
        authors=["Cà Văn Hùng"],
        photographers=["Cà Văn Hùng"],
        opts={"dt": "2026-10-30 15:00", "upd": "2026-10-31 08:20", "tags": ["doan-thanh-nien"]},
    ),
    Story(
        11,
        "to-chuc-hoat-dong-chao-mung-ngay-phu-nu-viet-nam",
        "Tổ chức các hoạt động chào mừng Ngày Phụ nữ Việt Nam 20/10",
        "thong-bao",
        "2026-10-15T07:10:00+07:00",
        [
            P(
                "Nhằm chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, Công đoàn nhà "
                "trường tổ chức các hoạt động sau:"
            ),
            P("Hội thi cắm hoa nghệ thuật dành cho các tổ công đoàn;", "li"),
            P("Giao lưu văn nghệ, thể thao giữa các tổ chuyên môn.", "li"),
            P("Thời gian: 16 giờ 30 ngày 19/10/2026 tại hội trường nhà trường."),
            _byline("Ban Chấp hành Công đoàn"),
        ],
        authors=["Ban Chấp hành Công đoàn"],
        opts={"dt": "2026-10-15 07:10", "upd": "2026-10-15 07:10"},
    ),
    Story(
        12,
        "hoc-sinh-khoi-10-tham-quan-di-tich-dien-bien-phu",
        "Học sinh khối 10 tham quan, học tập tại Di tích lịch sử Chiến trường Điện Biên Phủ",
        "tin-tuc",
        "2026-10-10T08:20:00+07:00",
        [
            P(
                "Trong hai ngày 08 - 09/10, gần 280 học sinh khối 10 đã tham quan, học tập thực tế "
                "tại các điểm di tích thuộc Chiến trường Điện Biên Phủ."
            ),
            Img("/upload/2026/10/tham-quan-a1.jpg", "Học sinh dâng hương tại Đồi A1",
                "Học sinh dâng hương tại Đồi A1", "em"),
            P(
                "Các em đã được nghe thuyết minh về chiến dịch lịch sử “lừng lẫy năm châu, chấn động "
                "địa cầu” tại Đồi A1, Hầm Đờ Cát và Bảo tàng Chiến thắng lịch sử Điện Biên Phủ."
            ),
            P("Hoạt động nằm trong chương trình giáo dục địa phương lớp 10."),
            Raw('<p style="text-align: right"><em>Theo Báo Điện Biên Phủ</em></p>'),
        ],
        source="Báo Điện Biên Phủ",
        opts={"dt": "2026-10-10 08:20", "upd": "2026-10-12 16:00"},
    ),
    Story(
        13,
        "hoi-nghi-vien-chuc-nguoi-lao-dong-2026-2027",
        "Hội nghị viên chức, người lao động năm học 2026 - 2027",
        "tin-tuc",
        "2026-10-03T14:00:00+07:00",
        [
            P(
                "Chiều 02/10, nhà trường tổ chức Hội nghị viên chức, người lao động năm học 2026 - "
                "2027 với sự tham dự của 72 cán bộ, giáo viên, nhân viên."
            ),
            P(
                "Hội nghị đã thông qua báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ "
                "năm học mới và Quy chế chi tiêu nội bộ."
            ),
            P("Các đại biểu đã ký giao ước thi đua năm học 2026 - 2027."),
            _credit("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"dt": "2026-10-03 14:00", "upd": "2026-10-03 14:00"},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}


def _by_time(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["dt"], reverse=True)


def _home_list() -> list[Story]:
    pinned = [s for s in STORIES if s.opts.get("pinned")]
    return pinned + [s for s in _by_time(STORIES) if not s.opts.get("pinned")]


def _cats(story: Story) -> list[str]:
    return story.opts.get("cats", [story.cat])


def _cat_list(slug: str) -> list[Story]:
    return [s for s in _by_time(STORIES) if slug in _cats(s)]


def _tag_list(slug: str) -> list[Story]:
    return [s for s in _by_time(STORIES) if slug in s.opts.get("tags", [])]


# --- dates ---------------------------------------------------------------------------------


def _local(story: Story) -> datetime:
    return datetime.strptime(story.opts["dt"], "%Y-%m-%d %H:%M")


def _utc_attr(value: str) -> str:
    dt = datetime.strptime(value, "%Y-%m-%d %H:%M") - timedelta(hours=7)
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def _printed(value: str) -> str:
    return datetime.strptime(value, "%Y-%m-%d %H:%M").strftime("%d/%m/%Y %H:%M")


def _relative(story: Story) -> str:
    days = (datetime(2026, 12, 5, 10, 0) - _local(story)).days
    if days < 1:
        return "Hôm qua"
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{days // 7} tuần trước"
    return f"{days // 30} tháng trước"


def _views(story: Story) -> int:
    """Halo's visit counter; the October posts were read before the counter plugin came."""
    return story.views() if story.opts["dt"] >= "2026-11" else story.views() // 10


# --- chrome --------------------------------------------------------------------------------


def _head(title: str, request: Request, canonical: str, extra: str = "", desc: str = "") -> str:
    base = base_url(request)
    return (
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"UTF-8\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="Halo 2.20.11">\n'
        f"<title>{esc(title)}</title>\n"
        f'<meta name="description" content="{esc(desc or SCHOOL + " - Điện Biên")}">\n'
        f'<link rel="canonical" href="{base}{canonical}">\n'
        '<link rel="alternate" type="application/rss+xml" title="THPT Chuyên LQĐ" href="/rss.xml">\n'
        f'<link rel="stylesheet" href="{THEME}/css/joe.global.min.css?v=3.0.2">\n'
        f'<link rel="icon" href="/upload/favicon.ico">\n{extra}'
        f'<script src="{THEME}/js/joe.global.min.js?v=3.0.2"></script>\n'
        "</head>\n"
    )


def _menu() -> str:
    return (
        '<nav class="joe_header__nav"><ul class="tt-menu">\n'
        '<li><a href="/">Trang chủ</a></li>\n'
        '<li class="tt-dd"><a href="/gioi-thieu">Giới thiệu</a><ul class="tt-sub">'
        '<li><a href="/gioi-thieu">Giới thiệu chung</a></li>'
        '<li><a href="/doi-ngu-giao-vien">Đội ngũ giáo viên</a></li></ul></li>\n'
        '<li class="tt-dd"><a href="/categories/tin-tuc">Tin tức - Sự kiện</a><ul class="tt-sub">'
        '<li><a href="/categories/hoat-dong-doan">Hoạt động Đoàn - Hội</a></li></ul></li>\n'
        '<li><a href="/categories/thong-bao">Thông báo</a></li>\n'
        '<li><a href="/categories/chuyen-mon">Hoạt động chuyên môn</a></li>\n'
        '<li><a href="/photos">Thư viện ảnh</a></li>\n'
        '<li><a href="/links">Liên kết</a></li>\n'
        '<li><a href="/lien-he">Liên hệ</a></li>\n'
        "</ul></nav>\n"
    )


def _header() -> str:
    return (
        '<header class="joe_header">\n<div class="joe_header__above">'
        f'<span class="tt-ngayhomnay">{HEADER_DATE}</span>'
        '<span class="tt-hotline">Hotline: 0215 3825 468</span></div>\n'
        '<div class="joe_header__logo"><a href="/"><img src="/upload/logo-lqd.png" alt="logo">'
        f"</a><span>{SCHOOL.upper()}<br><small>Tỉnh Điện Biên</small></span></div>\n"
        f"{_menu()}"
        '<form class="joe_header__search" method="get" action="/search">'
        '<input type="text" name="keyword" placeholder="Tìm kiếm..."><button>Tìm</button></form>\n'
        "</header>\n"
    )


def _sidebar() -> str:
    newest = "".join(
        f'<li><a href="/archives/{s.slug}">{esc(s.title)}</a></li>' for s in _by_time(STORIES)[:5]
    )
    hot = sorted(STORIES, key=_views, reverse=True)[:5]
    hot_html = "".join(
        f'<li><span class="so">{i}</span><a href="/archives/{s.slug}">{esc(s.title)}</a>'
        f"<em>{_views(s)} lượt xem</em></li>"
        for i, s in enumerate(hot, 1)
    )
    tags = "".join(f'<a class="tt-the" href="/tags/{k}">{esc(v)}</a> ' for k, v in TAGS.items())
    return (
        '<aside class="joe_aside">\n'
        f'<section class="joe_aside__item"><div class="tt-tieude">Bài viết mới</div><ul>{newest}</ul></section>\n'
        f'<section class="joe_aside__item"><div class="tt-tieude">Xem nhiều</div><ol>{hot_html}</ol></section>\n'
        f'<section class="joe_aside__item"><div class="tt-tieude">Thẻ</div>{tags}</section>\n'
        '<section class="joe_aside__item"><div class="tt-tieude">Lưu trữ</div>'
        '<ul><li><a href="/archives/2026">Năm 2026 (13)</a></li>'
        '<li><a href="/archives">Tất cả bài viết</a></li></ul></section>\n'
        '<section class="joe_aside__item"><div class="tt-tieude">Liên kết website</div><ul>'
        '<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ GD&amp;ĐT</a></li>'
        '<li><a href="https://sgddt.dienbien.gov.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Điện Biên</a></li>'
        '<li><a href="https://www.facebook.com/thptchuyenlqd.dienbien" target="_blank">Fanpage nhà trường</a></li>'
        "</ul></section>\n"
        '<section class="joe_aside__item tt-thongke"><div class="tt-tieude">Thống kê truy cập</div>'
        "<p>Đang online: 17</p><p>Hôm nay: 412</p><p>Tổng truy cập: 1.284.907</p></section>\n"
        "</aside>\n"
    )


def _footer() -> str:
    return (
        '<footer class="joe_footer">\n'
        f"<p><strong>{SCHOOL.upper()}</strong></p>\n"
        "<p>Địa chỉ: Tổ dân phố 5, phường Him Lam, tỉnh Điện Biên</p>\n"
        "<p>Điện thoại: 0215 3825 468 - Email: c3lequydon@dienbien.edu.vn</p>\n"
        "<p>© 2026 THPT Chuyên Lê Quý Đôn. Powered by Halo &amp; theme Joe.</p>\n"
        "</footer>\n"
    )


def _page(title: str, request: Request, canonical: str, main: str, extra: str = "",
          desc: str = "") -> Response:
    doc = (
        _head(title, request, canonical, extra, desc)
        + '<body class="joe_body">\n'
        + _header()
        + '<div class="joe_container">\n<div class="joe_main">\n'
        + main
        + "</div>\n"
        + _sidebar()
        + "</div>\n"
        + _footer()
        + "</body>\n</html>\n"
    )
    return html(doc)


# --- lists ---------------------------------------------------------------------------------


def _excerpt(story: Story, n: int = 110) -> str:
    text = " ".join(p for p in story.paragraphs)
    return text[:n].rsplit(" ", 1)[0] + "..."


def _card(story: Story) -> str:
    thumb = story.images[0].src if story.images else f"{THEME}/img/thumb-default.jpg"
    pin = '<span class="tt-ghim">Ghim</span> ' if story.opts.get("pinned") else ""
    name = CATEGORIES[_cats(story)[0]][0]
    return (
        '<li class="joe_list__item">\n'
        f'<a class="thumbnail" href="/archives/{story.slug}"><img class="lazy" src="{LOADING}" '
        f'data-src="{thumb}" alt=""></a>\n'
        f'<div class="information"><a class="title" href="/archives/{story.slug}">{pin}{esc(story.title)}</a>\n'
        f'<p class="abstract">{esc(_excerpt(story))}</p>\n'
        f'<div class="meta"><span class="tt-nguoidang">admin</span> · <span>{_relative(story)}</span> · '
        f'<span>{_views(story)} lượt xem</span> · <a href="/categories/{_cats(story)[0]}">{esc(name)}</a>'
        "</div></div>\n</li>\n"
    )


def _pager(prefix: str, page: int, total: int) -> str:
    """Halo's numbered pager: page 1 is the list's own path, page n is <prefix>/page/<n>."""
    if total <= 1:
        return ""

    def href(n: int) -> str:
        return (prefix or "/") if n == 1 else f"{prefix}/page/{n}"

    parts = []
    if page > 1:
        parts.append(f'<a class="prev" href="{href(page - 1)}">« Trang trước</a>')
    for n in range(1, total + 1):
        if n == page:
            parts.append(f'<span class="active">{n}</span>')
        else:
            parts.append(f'<a href="{href(n)}">{n}</a>')
    if page < total:
        parts.append(f'<a class="next" href="{href(page + 1)}">Trang sau »</a>')
    return '<div class="joe_pagination">' + " ".join(parts) + "</div>\n"


def _slice(items: list, page: int, size: int) -> tuple[list, int] | None:
    total = max(1, -(-len(items) // size))
    if page < 1 or page > total:
        return None
    return items[(page - 1) * size : page * size], total


def _rel(prefix: str, page: int, total: int) -> str:
    out = ""
    if page > 1:
        out += f'<link rel="prev" href="{(prefix or "/") if page == 2 else f"{prefix}/page/{page - 1}"}">\n'
    if page < total:
        out += f'<link rel="next" href="{prefix}/page/{page + 1}">\n'
    return out


def _list_page(request: Request, items: list[Story], page: int, size: int, prefix: str,
               heading: str, crumbs: str) -> Response | None:
    sliced = _slice(items, page, size)
    if sliced is None:
        return None
    chunk, total = sliced
    canonical = (prefix or "/") if page == 1 else f"{prefix}/page/{page}"
    main = (
        f'<div class="tt-breadcrumb">{crumbs}</div>\n'
        f'<div class="joe_index__title"><h1>{esc(heading)}</h1></div>\n'
        '<ul class="joe_list">\n' + "".join(_card(s) for s in chunk) + "</ul>\n"
        + _pager(prefix, page, total)
    )
    title = heading + (f" - Trang {page}" if page > 1 else "") + " | " + SCHOOL
    return _page(title, request, canonical, main, _rel(prefix, page, total))


def _home(request: Request, page: int) -> Response | None:
    return _list_page(request, _home_list(), page, HOME_SIZE, "", "Bài viết mới nhất",
                      '<a href="/">Trang chủ</a>')


def _category(request: Request, slug: str, page: int) -> Response | None:
    if slug not in CATEGORIES:
        return None
    name, parent = CATEGORIES[slug]
    crumbs = '<a href="/">Trang chủ</a> › '
    if parent:
        crumbs += f'<a href="/categories/{parent}">{esc(CATEGORIES[parent][0])}</a> › '
    crumbs += f"<span>{esc(name)}</span>"
    return _list_page(request, _cat_list(slug), page, CAT_SIZE, f"/categories/{slug}",
                      name, crumbs)


def _tag(request: Request, slug: str, page: int) -> Response | None:
    if slug not in TAGS:
        return None
    crumbs = f'<a href="/">Trang chủ</a> › Thẻ › <span>{esc(TAGS[slug])}</span>'
    return _list_page(request, _tag_list(slug), page, TAG_SIZE, f"/tags/{slug}",
                      f"Thẻ: {TAGS[slug]}", crumbs)


def _archives(request: Request, prefix: str, page: int) -> Response | None:
    sliced = _slice(_by_time(STORIES), page, ARCHIVE_SIZE)
    if sliced is None:
        return None
    chunk, total = sliced
    body, year, month = "", None, None
    for s in chunk:
        dt = _local(s)
        if dt.year != year:
            if year is not None:
                body += "</ul>\n"
            year, month = dt.year, None
            body += f'<h2 class="tt-nam">Năm {year}</h2>\n'
        if dt.month != month:
            if month is not None:
                body += "</ul>\n"
            month = dt.month
            body += f'<h3 class="tt-thang">Tháng {month:02d}</h3>\n<ul class="joe_archives">\n'
        body += (
            f'<li><span class="ngay">{dt.strftime("%d/%m")}</span> '
            f'<a href="/archives/{s.slug}">{esc(s.title)}</a></li>\n'
        )
    body += "</ul>\n"
    canonical = prefix if page == 1 else f"{prefix}/page/{page}"
    main = (
        '<div class="tt-breadcrumb"><a href="/">Trang chủ</a> › <span>Lưu trữ</span></div>\n'
        f'<h1 class="joe_index__title">Lưu trữ bài viết ({len(STORIES)} bài)</h1>\n'
        + body + _pager(prefix, page, total)
    )
    return _page(f"Lưu trữ | {SCHOOL}", request, canonical, main, _rel(prefix, page, total))


# --- the post ------------------------------------------------------------------------------


def _img(src: str) -> str:
    name = src.rsplit("/", 1)[-1]
    return f'<img class="lazy" src="{LOADING}" data-src="{src}" alt="{name}">'


_FN_CALL = re.compile(r"\[(\d+)\]")


def _inline(story: Story, value: str) -> str:
    out = esc(value).replace("&quot;", '"').replace("&#x27;", "'")
    if any(isinstance(b, P) and b.style == "fn" for b in story.blocks):
        out = _FN_CALL.sub(
            lambda m: f'<sup class="footnote-ref"><a href="#fn{m[1]}" id="fnref{m[1]}">[{m[1]}]</a></sup>',
            out,
        )
    return out


def _body(story: Story) -> tuple[str, list[tuple[str, str]]]:
    chunks: list[str] = []
    toc: list[tuple[str, str]] = []
    notes: list[str] = []
    group: str | None = None
    rows_seen = 0

    def close() -> None:
        nonlocal group
        if group == "li":
            chunks.append("</ul>")
        elif group == "row":
            chunks.append("</tbody>\n</table>")
        group = None

    for block in story.blocks:
        style = block.style if isinstance(block, P) else ""
        if isinstance(block, P) and style in ("li", "row"):
            if group != style:
                close()
                group = style
                rows_seen = 0
                chunks.append("<ul>" if style == "li" else "<table>\n<tbody>")
            if style == "li":
                chunks.append(f"<li>{_inline(story, block.text)}</li>")
            else:
                tag = "th" if rows_seen == 0 else "td"
                cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in block.text.split(" | "))
                chunks.append(f"<tr>{cells}</tr>")
                rows_seen += 1
            continue
        if isinstance(block, P) and style == "br":
            last = chunks[-1]
            end = last.rfind("</p>")
            chunks[-1] = last[:end] + "<br>\n" + _inline(story, block.text) + last[end:]
            continue
        close()
        if isinstance(block, P):
            t = _inline(story, block.text)
            if style == "h2":
                hid = f"heading-{len(toc)}"
                toc.append((hid, block.text))
                chunks.append(f'<h2 id="{hid}">{t}</h2>')
            elif style == "lead":
                chunks.append(f"<p><strong>{t}</strong></p>")
            elif style == "quote":
                chunks.append(f"<blockquote>\n<p>{t}</p>\n</blockquote>")
            elif style == "fn":
                notes.append(t)
            else:
                chunks.append(f"<p>{t}</p>")
        elif isinstance(block, Img):
            if block.style == "figure":
                chunks.append(f"<figure>{_img(block.src)}<figcaption>{esc(block.printed or '')}</figcaption></figure>")
            elif block.style == "em":
                chunks.append(f"<p>{_img(block.src)}</p>")
                chunks.append(f'<p style="text-align: center"><em>{esc(block.printed or "")}</em></p>')
            else:
                chunks.append(f"<p>{_img(block.src)}</p>")
        else:
            if notes and not any("footnotes" in c for c in chunks):
                chunks.append(_notes(notes))
            chunks.append(block.html)
    close()
    if notes and not any("footnotes" in c for c in chunks):
        chunks.append(_notes(notes))
    return "\n".join(chunks), toc


def _notes(notes: list[str]) -> str:
    items = "".join(
        f'<li id="fn{i}" class="footnote-item"><p>{n} <a href="#fnref{i}" class="footnote-backref">↩︎</a></p></li>\n'
        for i, n in enumerate(notes, 1)
    )
    return f'<hr class="footnotes-sep">\n<section class="footnotes">\n<ol class="footnotes-list">\n{items}</ol>\n</section>'


def _comments(story: Story) -> str:
    if not story.opts.get("comments"):
        return '<div class="joe_comment"><h3>Bình luận (0)</h3><p>Chưa có bình luận nào.</p></div>\n'
    return (
        '<div class="joe_comment"><h3>Bình luận (2)</h3>\n<ol class="joe_comment__list">\n'
        '<li><div class="tt-bl-ten">Phụ huynh lớp 10 Hóa</div><div class="tt-bl-nd"><p>Chúc mừng '
        "thầy cô và các em học sinh! Mong nhà trường ngày càng phát triển.</p></div></li>\n"
        '<li><div class="tt-bl-ten">Cựu học sinh khóa 2009 - 2012</div><div class="tt-bl-nd"><p>Nhớ '
        "trường, nhớ thầy cô nhiều lắm ạ.</p></div></li>\n</ol>\n"
        '<form method="post" action="/apis/api.halo.run/v1alpha1/comments"><textarea name="content">'
        "</textarea><button>Gửi bình luận</button></form></div>\n"
    )


def _post(request: Request, story: Story) -> Response:
    body, toc = _body(story)
    cats = _cats(story)
    first = cats[0]
    name, parent = CATEGORIES[first]
    crumbs = '<a href="/">Trang chủ</a> › '
    if parent:
        crumbs += f'<a href="/categories/{parent}">{esc(CATEGORIES[parent][0])}</a> › '
    crumbs += f'<a href="/categories/{first}">{esc(name)}</a>'
    chips = ", ".join(f'<a href="/categories/{c}">{esc(CATEGORIES[c][0])}</a>' for c in cats)
    dt, upd = story.opts["dt"], story.opts["upd"]
    meta = (
        '<div class="joe_detail__count">\n'
        f'<img class="avatar" src="/upload/avatar-admin.png" alt=""> '
        '<span class="tt-nguoidang">Người đăng: Quản trị viên</span> · '
        f'<span class="tt-ngaydang">Đăng lúc <time datetime="{_utc_attr(dt)}">{_printed(dt)}</time></span> · '
        f'<span class="tt-capnhat">Cập nhật: {_printed(upd)}</span> · '
        f"<span>{_views(story)} lượt xem</span> · <span>Chuyên mục: {chips}</span>\n</div>\n"
    )
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="tt-tomtat"><b>Tóm tắt:</b> {esc(story.summary)}</div>\n'
    toc_html = ""
    if story.opts.get("toc"):
        toc_html = (
            '<div class="joe_detail__toc"><div class="tt-toc-title">Mục lục</div><ul>'
            + "".join(f'<li><a href="#{hid}">{esc(t)}</a></li>' for hid, t in toc)
            + "</ul></div>\n"
        )
    link = f"{base_url(request)}/archives/{story.slug}"
    copyright_box = (
        '<div class="joe_detail__copyright"><div class="content">\n'
        f'<div class="item"><span>Bản quyền thuộc:</span> {SCHOOL}</div>\n'
        f'<div class="item"><span>Liên kết:</span> <a href="/archives/{story.slug}">{link}</a></div>\n'
        '<div class="item">Bài viết chia sẻ theo giấy phép CC BY-NC-SA 4.0, ghi rõ nguồn khi đăng lại.</div>\n'
        "</div></div>\n"
    )
    tags = "".join(
        f'<a class="tt-the" href="/tags/{t}"># {esc(TAGS[t])}</a> ' for t in story.opts.get("tags", [])
    )
    ordered = _by_time(STORIES)
    idx = ordered.index(story)
    nav = '<div class="joe_post__pagination">'
    if idx + 1 < len(ordered):
        prev = ordered[idx + 1]
        nav += f'<a class="prev" href="/archives/{prev.slug}">« Bài trước: {esc(prev.title)}</a>'
    if idx > 0:
        nxt = ordered[idx - 1]
        nav += f'<a class="next" href="/archives/{nxt.slug}">Bài sau: {esc(nxt.title)} »</a>'
    nav += "</div>\n"
    related = [s for s in _cat_list(first) if s is not story][:3]
    rel_html = "".join(
        f'<li><a href="/archives/{s.slug}"><img class="lazy" src="{LOADING}" '
        f'data-src="{(s.images[0].src if s.images else THEME + "/img/thumb-default.jpg")}" alt="">'
        f"<span>{esc(s.title)}</span></a></li>"
        for s in related
    )
    main = (
        f'<div class="tt-breadcrumb">{crumbs}</div>\n'
        '<div class="joe_detail" data-cid="' + str(1000 + story.id) + '">\n'
        f'<h1 class="joe_detail__title">{esc(story.title)}</h1>\n'
        + meta
        + '<article class="joe_detail__article">\n'
        + sapo
        + toc_html
        + '<div class="tt-noidung markdown-body">\n'
        + body
        + "\n</div>\n"
        + copyright_box
        + f'<div class="joe_detail__tags">Thẻ: {tags}</div>\n'
        + '<div class="tt-congcu"><a href="javascript:window.print()">In bài</a> · '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={link}" target="_blank">Chia sẻ Facebook</a>'
        " · <a href=\"javascript:void(0)\" class=\"tt-copy\">Sao chép liên kết</a></div>\n"
        + "</article>\n"
        + nav
        + f'<div class="joe_detail__related"><h3>Bài viết liên quan</h3><ul>{rel_html}</ul></div>\n'
        + _comments(story)
        + "</div>\n"
    )
    extra = (
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:url" content="{link}">\n'
        f'<meta property="article:published_time" content="{_utc_attr(dt)}">\n'
        f'<meta property="article:modified_time" content="{_utc_attr(upd)}">\n'
    )
    return _page(f"{story.title} | {SCHOOL}", request, f"/archives/{story.slug}", main, extra,
                 desc=_excerpt(story, 150))


# --- single pages ----------------------------------------------------------------------------

SINGLE_PAGES: dict[str, tuple[str, str]] = {
    "gioi-thieu": (
        "Giới thiệu chung",
        "<p>Trường THPT Chuyên Lê Quý Đôn được thành lập theo Quyết định số 1014/QĐ-UBND ngày "
        "05/12/2006 của UBND tỉnh Điện Biên.</p>\n<p>Nhà trường có nhiệm vụ phát hiện, bồi dưỡng "
        "học sinh năng khiếu, đào tạo nguồn nhân lực chất lượng cao cho tỉnh.</p>\n"
        '<p><img src="/upload/2026/01/toan-canh-truong.jpg" alt="toàn cảnh"></p>',
    ),
    "doi-ngu-giao-vien": (
        "Đội ngũ giáo viên",
        "<table><tbody><tr><th>Tổ chuyên môn</th><th>Số giáo viên</th><th>Thạc sĩ</th></tr>"
        "<tr><td>Toán - Tin</td><td>14</td><td>9</td></tr><tr><td>Ngữ văn</td><td>10</td><td>6</td></tr>"
        "<tr><td>Vật lí - Công nghệ</td><td>8</td><td>5</td></tr></tbody></table>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p>Địa chỉ: Tổ dân phố 5, phường Him Lam, tỉnh Điện Biên</p>\n<p>Điện thoại: 0215 3825 468"
        "</p>\n<p>Email: c3lequydon@dienbien.edu.vn</p>\n"
        '<form method="post" action="/apis/api.halo.run/v1alpha1/contact"><input name="ten">'
        '<textarea name="noidung"></textarea><button>Gửi</button></form>',
    ),
    "photos": (
        "Thư viện ảnh",
        '<div class="tt-album"><h2>Lễ kỷ niệm 20 năm thành lập trường</h2>'
        + "".join(f'<a href="/upload/2026/12/album-20nam-{i}.jpg"><img src="/upload/2026/12/album-20nam-{i}.jpg" alt=""></a>'
                  for i in range(1, 5))
        + '</div><div class="tt-album"><h2>Hoạt động ngoại khóa</h2>'
        + "".join(f'<a href="/upload/2026/10/album-ngoaikhoa-{i}.jpg"><img src="/upload/2026/10/album-ngoaikhoa-{i}.jpg" alt=""></a>'
                  for i in range(1, 4))
        + "</div>",
    ),
    "links": (
        "Liên kết",
        '<ul class="tt-links"><li><a href="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://dienbien.gov.vn">Cổng TTĐT tỉnh Điện Biên</a></li>'
        '<li><a href="https://baodienbienphu.vn">Báo Điện Biên Phủ</a></li></ul>',
    ),
}


def _single(request: Request, slug: str) -> Response:
    title, content = SINGLE_PAGES[slug]
    main = (
        f'<div class="tt-breadcrumb"><a href="/">Trang chủ</a> › <span>{esc(title)}</span></div>\n'
        f'<div class="joe_detail joe_page"><h1 class="joe_detail__title">{esc(title)}</h1>\n'
        f'<article class="joe_detail__article">{content}</article></div>\n'
    )
    return _page(f"{title} | {SCHOOL}", request, f"/{slug}", main)


def _search(request: Request) -> Response:
    keyword = request.params.get("keyword", "").strip()
    hits = [s for s in _by_time(STORIES) if keyword and keyword.lower() in s.title.lower()]
    items = "".join(f'<li><a href="/archives/{s.slug}">{esc(s.title)}</a></li>' for s in hits)
    main = (
        f'<h1>Kết quả tìm kiếm: “{esc(keyword)}”</h1>\n'
        + (f"<ul>{items}</ul>" if items else "<p>Không tìm thấy bài viết nào.</p>")
    )
    return _page(f"Tìm kiếm | {SCHOOL}", request, "/search", main)


def _rss(request: Request) -> Response:
    base = base_url(request)
    items = ""
    for s in _by_time(STORIES)[:FEED_SIZE]:
        pub = (_local(s) - timedelta(hours=7)).strftime("%a, %d %b %Y %H:%M:%S GMT")
        items += (
            f"<item><title>{esc(s.title)}</title>"
            f"<link>{base}/archives/{s.slug}?{esc(RSS_QUERY)}</link>"
            f"<guid isPermaLink=\"false\">{1000 + s.id}</guid><pubDate>{pub}</pubDate>"
            f"<description>{esc(_excerpt(s))}</description></item>\n"
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n'
        f"<title>{SCHOOL}</title><link>{base}/</link><description>Tin tức - Thông báo</description>\n"
        f"{items}</channel></rss>\n"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- routing -------------------------------------------------------------------------------

_PAGED = re.compile(r"^(?P<base>.*?)(?:/page/(?P<n>[1-9]\d*))?$")


class HaloSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/upload/", "/themes/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/rss.xml":
            return _rss(request)
        if path == "/search":
            return _search(request)
        m = _PAGED.match(path)
        base, page = m["base"], int(m["n"] or 1)
        if m["n"] and page == 1:
            return None
        if base in ("", "/"):
            return _home(request, page)
        parts = base.strip("/").split("/")
        if path.endswith("/") and path != "/":
            return None
        if parts[0] == "archives":
            if len(parts) == 1:
                return _archives(request, "/archives", page)
            if len(parts) == 2 and parts[1] == "2026":
                return _archives(request, "/archives/2026", page)
            if len(parts) == 2 and not m["n"] and parts[1] in BY_SLUG:
                return _post(request, BY_SLUG[parts[1]])
            return None
        if parts[0] == "categories" and len(parts) == 2:
            return _category(request, parts[1], page)
        if parts[0] == "tags" and len(parts) == 2:
            return _tag(request, parts[1], page)
        if len(parts) == 1 and not m["n"] and parts[0] in SINGLE_PAGES:
            return _single(request, parts[0])
        return None


def build_site() -> HaloSite:
    return HaloSite()


def _alt(story: Story) -> list[str]:
    if story in _by_time(STORIES)[:FEED_SIZE]:
        return [f"/archives/{story.slug}?{RSS_QUERY}"]
    return []


GOLD = [
    gold_record(
        s,
        f"/archives/{s.slug}",
        CATEGORIES[_cats(s)[0]][0],
        alt_paths=_alt(s),
    )
    for s in STORIES
]

NON_ARTICLES = ["/gioi-thieu", "/doi-ngu-giao-vien", "/lien-he", "/photos", "/links"]
