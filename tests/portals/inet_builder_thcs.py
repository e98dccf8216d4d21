"""Trường THCS Nguyễn Trãi (thị xã Điện Bàn, Quảng Nam) on a hosting company's drag-and-drop
website builder, template "Giáo dục 05" (blind fixture).

Platform: a Vietnamese hosting company's site builder ("iWeb Builder"): every page is a stack of
``<section class="ib-section">`` holding rows of blocks with generated class names
(``ib-e-3f9a1c``), a news module (listing cards, detail block, related cards) with categories
and "Xem thêm" buttons, jQuery + slick sliders (home hero, article galleries). Its renderer is
a Node service that writes every ``datetime`` attribute in UTC ("…Z"). The news editor is
Quill 2; posts imported from the school's old site keep their bare-text form.

URL scheme:
- ``/``: home: slick hero slider (latest 4 posts, linked with ``?ref=slider``), one section per
  category (latest 3 cards and a "Xem thêm" button to the category page), sidebar;
- ``/tin-tuc.html`` and ``/tin-tuc.html?page=N``: all posts, 5 a page; the only way to page 2+
  is the "Xem thêm" load-more button, an ``<a>`` to ``?page=N+1`` (the server renders the
  whole page for it);
- ``/<category-slug>.html`` (``?page=N``): one category, 3 a page, numbered pager whose "1"
  links ``?page=1``;
- ``/tin-tuc/<slug>.html``: an article (any query string serves the same article; the slider's
  ``?ref=slider`` is the only one linked);
- ``/gioi-thieu.html``, ``/co-cau-to-chuc.html``, ``/thu-vien-anh.html``, ``/tai-lieu.html``,
  ``/lien-he.html``: pages that are not articles.

How each gold article is reached: the four newest from the home slider (clean URL from the home
sections and listings, ``?ref=slider`` from the slider); every post from ``/tin-tuc.html`` pages
1–3 through the "Xem thêm" button and from its category listing; "hoi-nghi-cha-me-hoc-sinh…"
(Tin tức - Sự kiện) and "tap-huan-chuong-trinh…" (Hoạt động chuyên môn) are on no home section
nor first listing page: only ``/tin-tuc.html?page=2/3`` and their category's ``?page=2`` list
them (and the "Tin liên quan" cards of their siblings).

Traps:
1. The only ``<h1>`` of every page is the school's name in the header; the ``<title>`` of every
   article is the same "Tin tức - Trường THCS Nguyễn Trãi…"; the headline is a
   ``<div class="ib-heading ib-nd-ttl" data-tag="h2">`` (no heading tag), while the "Tin liên
   quan" cards and sidebar widgets use ``<h3>``/``<h2>``. Gold title: the ``ib-nd-ttl`` text
   (= og:title).
2. ``<time datetime>`` and ``article:published_time`` are UTC ("2026-12-04T04:00:00.000Z") while
   the page prints local time ("04/12/2026 11:00"). A post at 00:20 local carries the previous
   day in its attribute ("2026-10-04T17:20:00.000Z" for 05/10/2026 00:20), and a post printed
   with its day only carries the previous day at 17:00Z ("2026-11-30T17:00:00.000Z" for
   "01/12/2026"). Gold: the printed local time with +07:00, or the printed day alone.
3. The home hero is a slick slider with ``slick-cloned`` copies of the first and last slides
   (``data-slick-index="-1"`` / ``"4"``), and its links carry ``?ref=slider``: the four newest
   posts are linked under two URLs each (gold: clean path, ``?ref=slider`` in alt_paths; the
   page's canonical points at the clean path).
4. Article photo galleries are slick sliders too: slides load through ``data-lazy`` (no
   ``src``), the first and last slides are cloned, and a thumbnail strip (``…_thumb.jpg``)
   follows. Gold images: each slide once, in order, from ``data-lazy``, with its slide
   caption; the clones and thumbnails are no images.
5. The detail block is printed twice for the two layouts: the desktop header
   (``ib-hide-mb``: headline, date, meta, sapo) and a mobile copy (``ib-hide-pc``) of the same
   headline, date and sapo. Gold: the sapo once, as the body's first paragraph.
6. Posts imported from the old site are bare text lines separated by ``<br><br>`` inside one
   ``<div class="old-ct">`` (no ``<p>``), their photo in a centred div with the caption in
   ``<em>(…)</em>`` after a ``<br>``. Gold: each line a paragraph; the caption (parentheses off)
   is no text.
7. Quill markup: ``<p><br></p>`` spacers between paragraphs (no empty paragraphs in gold);
   bullet lists written as ``<ol><li data-list="bullet"><span class="ql-ui"></span>…`` (each item
   a paragraph, no numbering, no bullet text); tables as ``ql-table`` (cells joined by " | ").
8. The meta row says "Đăng bởi: nguyentrai_admin" (a CMS account: nobody); the real author signs
   at the end in a right-aligned ``<p>`` inside the content ("Người viết: ThS. Lê Thị Hoa - Tổ
   trưởng tổ Ngữ văn" -> "Lê Thị Hoa"; "Tổ Khoa học Tự nhiên" alone -> as printed; "Tin:
   X - Ảnh: Y" -> [X], [Y]; "HIỆU TRƯỞNG" over a name -> the name). Bylines are not body.
9. Image blocks carry ``alt`` = the uploaded file's name ("IMG_20261120_081522.jpg"), never the
   caption; the caption is the block's ``ib-img-desc`` line; a desc that is only "Ảnh: Trần
   Văn Bình" is no caption (caption None, Trần Văn Bình a photographer).
10. Listing cards link each post three times (thumbnail, title, "Xem thêm »") and print only a
    day badge without year ("04" / "Th12"); the sidebar's "Tin xem nhiều" and the related cards
    link the same posts again.
11. A closing "Theo Phòng GD&ĐT thị xã Điện Bàn" line is the source; an attachment line
    ("Tệp đính kèm: …pdf") and the "Từ khóa:" row and share bar are no text.

Gold decisions on ambiguous points:
- published_at follows the printed local date/time, never the UTC attributes.
- The notice "Lịch kiểm tra cuối học kỳ I" is an article (a post in "Thông báo", not a document
  entry); its closing "HIỆU TRƯỞNG / Trần Văn Minh" gives the author; its table rows are body.
- Gallery slide captions are image captions, not body.
- The category is the breadcrumb's last item before the headline (the category's name).
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime, timedelta, timezone

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "inet_builder_thcs"
PLATFORM = "Vietnamese hosting builder (iWeb Builder, template Giáo dục 05)"
START_PATH = "/"

SCHOOL = "Trường THCS Nguyễn Trãi"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
UP = "/storage/ib-5f21a9/images/2026"

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "doan-doi": "Đoàn - Đội",
    "thong-bao": "Thông báo",
}


def _img(month: int, name: str, printed: str | None = None, caption: str | None = None,
         style: str = "next") -> Img:
    return Img(f"{UP}/{month:02d}/{name}", printed, caption, style)


def _right(line: str) -> Raw:
    return Raw(f'<p class="ql-align-right"><strong>{esc(line)}</strong></p>')


def _right_em(line: str) -> Raw:
    return Raw(f'<p class="ql-align-right"><em>{esc(line)}</em></p>')


STORIES: list[Story] = [
    Story(
        id=13, slug="sinh-hoat-to-chuyen-mon-theo-nghien-cuu-bai-hoc", cat="hoat-dong-chuyen-mon",
        title="Sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học",
        published_at="2026-12-04T11:00:00+07:00",
        summary="Sáng 04/12, tổ Toán - Tin tổ chức buổi sinh hoạt chuyên môn theo hướng nghiên cứu"
        " bài học với tiết dạy minh họa môn Toán lớp 8.",
        sapo_outside=True,
        blocks=[
            P("Tiết dạy minh họa bài \"Hằng đẳng thức đáng nhớ\" do cô Võ Thị Mỹ Linh thực hiện tại"
              " lớp 8/3. Các thành viên trong tổ dự giờ, ghi chép hoạt động học của từng nhóm học sinh."),
            _img(12, "IMG_20261204_083011.jpg", "Cô Võ Thị Mỹ Linh hướng dẫn học sinh hoạt động nhóm",
                 "Cô Võ Thị Mỹ Linh hướng dẫn học sinh hoạt động nhóm"),
            P("Trong phần thảo luận, thầy Phạm Ngọc Sơn, tổ trưởng tổ Toán - Tin, nhấn mạnh:"),
            P("\"Nghiên cứu bài học không nhằm đánh giá giáo viên mà để cùng nhau nhìn vào việc học"
              " của học sinh, từ đó điều chỉnh cách tổ chức hoạt động.\"", "q"),
            P("Buổi sinh hoạt kết thúc với những đề xuất cụ thể cho các tiết dạy tiếp theo trong học kỳ I."),
            _right("Tổ Toán - Tin"),
        ],
        authors=["Tổ Toán - Tin"],
    ),
    Story(
        id=3, slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027", cat="thong-bao",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        published_at="2026-12-01",
        blocks=[
            P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 đối với học sinh"
              " các khối lớp như sau:"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian", "tr"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("23/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
            P("Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh; học sinh có"
              " mặt tại phòng kiểm tra trước giờ làm bài 15 phút."),
            Raw('<p class="ql-align-right"><strong>HIỆU TRƯỞNG</strong></p>'
                '<p class="ql-align-right"><br></p>'
                '<p class="ql-align-right"><strong>Trần Văn Minh</strong></p>'),
            Raw('<p class="ib-file"><i class="fa fa-paperclip"></i> Tệp đính kèm: '
                f'<a href="{UP}/12/lich-kiem-tra-hk1-2026.pdf" target="_blank">'
                'lich-kiem-tra-hk1-2026.pdf</a></p>'),
        ],
        authors=["Trần Văn Minh"],
        opts={"day_only": True},
    ),
    Story(
        id=5, slug="hoc-sinh-dat-giai-cuoc-thi-khoa-hoc-ky-thuat-cap-thi-xa", cat="tin-tuc-su-kien",
        title="Học sinh đạt giải Cuộc thi Khoa học kỹ thuật cấp thị xã",
        published_at="2026-11-28T10:05:00+07:00",
        summary="Hai dự án của học sinh trường THCS Nguyễn Trãi đạt giải Nhì và giải Ba tại Cuộc thi"
        " Khoa học kỹ thuật dành cho học sinh trung học cấp thị xã năm học 2026 - 2027.",
        sapo_outside=True,
        blocks=[
            P("Cuộc thi năm nay có 46 dự án của 17 trường THCS trên địa bàn thị xã Điện Bàn tham gia,"
              " thuộc các lĩnh vực kỹ thuật, khoa học môi trường và khoa học xã hội."),
            _img(11, "khkt-giai-nhi.jpg", "Em Nguyễn Hoàng Nam và Lê Bảo Ngọc bên dự án đạt giải Nhì",
                 "Em Nguyễn Hoàng Nam và Lê Bảo Ngọc bên dự án đạt giải Nhì"),
            P("Dự án \"Thiết bị cảnh báo ngập lụt cho hộ gia đình\" của hai em Nguyễn Hoàng Nam và Lê"
              " Bảo Ngọc, lớp 9/2, đạt giải Nhì. Dự án \"Phân bón hữu cơ từ vỏ trái cây\" của nhóm học"
              " sinh lớp 8/1 đạt giải Ba."),
            _img(11, "khkt-trao-giai.jpg", "Ảnh: Trần Văn Bình", None),
            P("Dự án đạt giải Nhì được chọn tham gia vòng thi cấp tỉnh vào tháng 01/2027."),
            _right_em("Theo Phòng GD&ĐT thị xã Điện Bàn"),
        ],
        photographers=["Trần Văn Bình"],
        source="Phòng GD&ĐT thị xã Điện Bàn",
    ),
    Story(
        id=1, slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11", cat="tin-tuc-su-kien",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        published_at="2026-11-20T09:15:00+07:00",
        summary="Sáng 20/11, trường THCS Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo"
        " Việt Nam với sự tham dự của đại diện chính quyền địa phương và Ban đại diện cha mẹ học sinh.",
        sapo_outside=True,
        blocks=[
            P("Phát biểu tại buổi lễ, thầy Trần Văn Minh, Hiệu trưởng nhà trường, ôn lại truyền thống"
              " của ngành và ghi nhận những nỗ lực của tập thể giáo viên trong năm học vừa qua."),
            _img(11, "IMG_20261120_081522.jpg", "Văn nghệ chào mừng của học sinh khối 7",
                 "Văn nghệ chào mừng của học sinh khối 7", "gallery"),
            _img(11, "IMG_20261120_083340.jpg", "Học sinh tặng hoa thầy cô giáo",
                 "Học sinh tặng hoa thầy cô giáo", "gallery"),
            _img(11, "IMG_20261120_090105.jpg", "Khen thưởng giáo viên đạt thành tích xuất sắc",
                 "Khen thưởng giáo viên đạt thành tích xuất sắc", "gallery"),
            P("Dịp này, nhà trường khen thưởng 12 giáo viên có thành tích xuất sắc trong phong trào"
              " thi đua \"Dạy tốt - Học tốt\"."),
            P("Buổi lễ khép lại trong không khí ấm áp với các tiết mục văn nghệ do học sinh dàn dựng."),
            _right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
    ),
    Story(
        id=2, slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027", cat="hoat-dong-chuyen-mon",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        published_at="2026-11-12T16:40:00+07:00",
        summary="Từ ngày 02/11 đến 12/11, nhà trường tổ chức Hội thi giáo viên dạy giỏi cấp trường với"
        " 14 giáo viên tham gia.",
        sapo_outside=True,
        blocks=[
            P("Mỗi giáo viên dự thi thực hiện hai tiết dạy: một tiết tự chọn và một tiết bốc thăm, cùng"
              " bài trình bày biện pháp nâng cao chất lượng giảng dạy."),
            _img(11, "IMG_1107.jpg", "Cô Huỳnh Thị Diễm dạy tiết bốc thăm môn Ngữ văn",
                 "Cô Huỳnh Thị Diễm dạy tiết bốc thăm môn Ngữ văn"),
            P("Kết quả, Ban giám khảo công nhận 9 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp"
              " trường; 3 giáo viên được chọn dự thi cấp thị xã."),
            _right("Người viết: ThS. Lê Thị Hoa - Tổ trưởng tổ Ngữ văn"),
        ],
        authors=["Lê Thị Hoa"],
    ),
    Story(
        id=6, slug="chuyen-de-day-hoc-stem-mon-khoa-hoc-tu-nhien-lop-7", cat="hoat-dong-chuyen-mon",
        title="Chuyên đề dạy học STEM môn Khoa học tự nhiên lớp 7",
        published_at="2026-11-05T14:00:00+07:00",
        summary="Chiều 05/11, tổ Khoa học Tự nhiên tổ chức chuyên đề dạy học STEM với bài học"
        " \"Chế tạo nam châm điện đơn giản\".",
        sapo_outside=True,
        blocks=[
            P("Chuyên đề hướng đến các mục tiêu:"),
            P("Học sinh vận dụng kiến thức về từ trường để thiết kế sản phẩm;", "li"),
            P("Rèn kỹ năng làm việc nhóm và thuyết trình sản phẩm;", "li"),
            P("Giáo viên chia sẻ kinh nghiệm tổ chức bài học STEM.", "li"),
            _img(11, "stem-khtn7.jpg", "Nhóm học sinh lớp 7/4 thử nghiệm nam châm điện",
                 "Nhóm học sinh lớp 7/4 thử nghiệm nam châm điện"),
            P("Các nhóm học sinh hoàn thành sản phẩm trong 30 phút và trình bày trước lớp."),
            _right("Tổ Khoa học Tự nhiên"),
        ],
        authors=["Tổ Khoa học Tự nhiên"],
    ),
    Story(
        id=8, slug="thong-bao-cho-hoc-sinh-nghi-hoc-do-anh-huong-cua-bao", cat="thong-bao",
        title="Thông báo cho học sinh nghỉ học do ảnh hưởng của bão",
        published_at="2026-11-03T21:10:00+07:00",
        blocks=[
            P("Thực hiện chỉ đạo của UBND thị xã Điện Bàn về việc ứng phó với bão, nhà trường thông báo"
              " cho toàn bộ học sinh nghỉ học ngày 04/11/2026."),
            P("Cha mẹ học sinh quản lý, nhắc nhở con em không đến gần khu vực sông, suối, vùng trũng"
              " thấp trong thời gian mưa bão."),
            P("Lịch học bù sẽ được thông báo sau qua giáo viên chủ nhiệm."),
        ],
    ),
    Story(
        id=10, slug="ngoai-khoa-an-toan-giao-thong-cho-hoc-sinh", cat="tin-tuc-su-kien",
        title="Ngoại khóa an toàn giao thông cho học sinh",
        published_at="2026-10-28T09:00:00+07:00",
        summary="Nhằm nâng cao ý thức chấp hành luật giao thông, nhà trường phối hợp với Công an thị xã"
        " tổ chức buổi ngoại khóa cho hơn 900 học sinh.",
        sapo_outside=True,
        blocks=[
            P("Tại buổi ngoại khóa, cán bộ Công an thị xã hướng dẫn học sinh các kỹ năng đi xe đạp an"
              " toàn, cách đội mũ bảo hiểm đúng quy cách."),
            _img(10, "atgt-2026.jpg", "Học sinh thực hành đội mũ bảo hiểm đúng cách",
                 "Học sinh thực hành đội mũ bảo hiểm đúng cách"),
            P("Phần thi tìm hiểu luật giao thông thu hút đông đảo học sinh các lớp tham gia."),
            _right("Đoàn Thị Kim Oanh"),
        ],
        authors=["Đoàn Thị Kim Oanh"],
    ),
    Story(
        id=9, slug="tap-huan-chuong-trinh-gdpt-2018-mon-lich-su-va-dia-li",
        cat="hoat-dong-chuyen-mon",
        title="Tập huấn Chương trình GDPT 2018 môn Lịch sử và Địa lí",
        published_at="2026-10-22T15:30:00+07:00",
        summary="Giáo viên tổ Sử - Địa - GDCD tham gia tập huấn chuyên môn về đổi mới kiểm tra, đánh"
        " giá môn Lịch sử và Địa lí cấp THCS.",
        sapo_outside=True,
        blocks=[
            P("Nội dung tập huấn"),
            P("Lớp tập huấn tập trung vào xây dựng ma trận, bản đặc tả đề kiểm tra định kỳ và cách"
              " thiết kế câu hỏi theo định hướng phát triển năng lực."),
            P("Kết quả"),
            P("Sau tập huấn, tổ chuyên môn thống nhất kế hoạch xây dựng ngân hàng câu hỏi dùng chung"
              " cho các khối lớp."),
            _right("Tổ Sử - Địa - GDCD"),
        ],
        authors=["Tổ Sử - Địa - GDCD"],
        opts={"headings": (0, 2)},
    ),
    Story(
        id=4, slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho", cat="doan-doi",
        title="Liên đội phát động phong trào \"Kế hoạch nhỏ\" thu gom giấy vụn",
        published_at="2026-10-15T08:00:00+07:00",
        blocks=[
            P("Sáng thứ Hai 12/10, trong buổi chào cờ đầu tuần, Liên đội trường THCS Nguyễn Trãi phát"
              " động phong trào \"Kế hoạch nhỏ\" thu gom giấy vụn năm học 2026 - 2027."),
            P("Mỗi chi đội đăng ký chỉ tiêu thu gom ít nhất 50 kg giấy vụn trong học kỳ I."),
            _img(10, "kehoachnho.jpg", "(Các chi đội tập kết giấy vụn tại sân trường)",
                 "Các chi đội tập kết giấy vụn tại sân trường"),
            P("Số tiền thu được sẽ dùng để hỗ trợ học sinh có hoàn cảnh khó khăn."),
            Raw('<div align="right"><b>Tin: Nguyễn Thị Thu Hà - Ảnh: Phan Văn Quốc</b></div>'),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Phan Văn Quốc"],
        opts={"legacy": True},
    ),
    Story(
        id=11, slug="dem-van-nghe-thap-sang-uoc-mo", cat="doan-doi",
        title="Đêm văn nghệ \"Thắp sáng ước mơ\"",
        published_at="2026-10-12",
        blocks=[
            P("Tối 10/10, Liên đội tổ chức đêm văn nghệ \"Thắp sáng ước mơ\" chào mừng Ngày Phụ nữ Việt"
              " Nam 20/10."),
            P("Chương trình gồm 18 tiết mục múa, hát, kịch do các chi đội dàn dựng."),
            _img(10, "dem-van-nghe.jpg", "(Tiết mục múa của chi đội 9/1)", "Tiết mục múa của chi đội 9/1"),
            P("Ban tổ chức trao giải Nhất cho chi đội 9/1, giải Nhì cho chi đội 8/2."),
        ],
        opts={"legacy": True, "day_only": True},
    ),
    Story(
        id=7, slug="dai-hoi-lien-doi-nhiem-ky-2026-2027", cat="doan-doi",
        title="Đại hội Liên đội nhiệm kỳ 2026 - 2027",
        published_at="2026-10-08T07:45:00+07:00",
        blocks=[
            P("Đại hội Liên đội trường THCS Nguyễn Trãi nhiệm kỳ 2026 - 2027 đã diễn ra thành công với"
              " sự tham dự của 120 đại biểu là chỉ huy các chi đội."),
            P("Đại hội đã bầu Ban chỉ huy Liên đội gồm 15 đội viên; em Trần Ngọc Anh, lớp 9/3, được"
              " bầu làm Liên đội trưởng."),
            _img(10, "dhld-01.jpg", "Đoàn chủ tịch điều hành đại hội", "Đoàn chủ tịch điều hành đại hội",
                 "gallery"),
            _img(10, "dhld-02.jpg", "Ban chỉ huy Liên đội ra mắt đại hội",
                 "Ban chỉ huy Liên đội ra mắt đại hội", "gallery"),
            _right("Lê Văn Tâm - TPT Đội"),
        ],
        authors=["Lê Văn Tâm"],
    ),
    Story(
        id=12, slug="hoi-nghi-cha-me-hoc-sinh-dau-nam-hoc-2026-2027", cat="tin-tuc-su-kien",
        title="Hội nghị cha mẹ học sinh đầu năm học 2026 - 2027",
        published_at="2026-10-05T00:20:00+07:00",
        blocks=[
            P("Ngày 04/10, nhà trường tổ chức Hội nghị cha mẹ học sinh đầu năm học tại 28 lớp."),
            P("Tại hội nghị, giáo viên chủ nhiệm thông qua kế hoạch năm học, nội quy nhà trường và các"
              " khoản thu theo quy định."),
            P("Hội nghị đã bầu Ban đại diện cha mẹ học sinh của từng lớp và của nhà trường."),
        ],
    ),
]

STORY_BY_SLUG = {s.slug: s for s in STORIES}
ORDERED = sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)
SLIDER = ORDERED[:4]
ALL_PER_PAGE = 5
CAT_PER_PAGE = 3

_LOCAL = timezone(timedelta(hours=7))


def _dt(story: Story) -> datetime:
    value = story.published_at or ""
    if len(value) == 10:
        return datetime.fromisoformat(value + "T00:00:00+07:00")
    return datetime.fromisoformat(value)


def _utc(story: Story) -> str:
    return _dt(story).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def date_text(story: Story) -> str:
    """The local date (and time) the detail block prints."""
    dt = _dt(story).astimezone(_LOCAL)
    if story.opts.get("day_only"):
        return dt.strftime("%d/%m/%Y")
    return dt.strftime("%d/%m/%Y %H:%M")


def _gid(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:6]


def article_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}.html"


def _excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 140 else first[:137].rsplit(" ", 1)[0] + "..."


# --- chrome ---------------------------------------------------------------------------------

_MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu.html", "Giới thiệu", [("/gioi-thieu.html", "Giới thiệu chung"),
                                        ("/co-cau-to-chuc.html", "Cơ cấu tổ chức")]),
    ("/tin-tuc.html", "Tin tức", [(f"/{slug}.html", name) for slug, name in CATS.items()]),
    ("/thu-vien-anh.html", "Thư viện ảnh", []),
    ("/tai-lieu.html", "Tài liệu", []),
    ("/lien-he.html", "Liên hệ", []),
]


def _menu() -> str:
    items = []
    for href, label, subs in _MENU:
        sub = ""
        if subs:
            sub = '<ul class="ib-menu-sub">' + "".join(
                f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in subs) + "</ul>"
        items.append(f'<li class="ib-menu-item{" has-sub" if subs else ""}"><a href="{href}">'
                     f"{esc(label)}</a>{sub}</li>")
    return '<ul class="ib-menu ib-e-7c1d02">' + "".join(items) + "</ul>"


def _sidebar() -> str:
    popular = [STORY_BY_SLUG[s] for s in (
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "hoc-sinh-dat-giai-cuoc-thi-khoa-hoc-ky-thuat-cap-thi-xa",
        "dai-hoi-lien-doi-nhiem-ky-2026-2027")]
    pop = "".join(
        f'<li><a href="{article_path(s)}"><img src="{_thumb(s)}" alt=""></a>'
        f'<h3 class="ib-w-it"><a href="{article_path(s)}">{esc(s.title)}</a></h3></li>' for s in popular)
    return f"""
<div class="col-md-4 ib-col ib-e-{_gid('side')}">
 <div class="ib-widget ib-e-a19f03"><h2 class="ib-w-ttl">Tin xem nhiều</h2><ul class="ib-w-list">{pop}</ul></div>
 <div class="ib-widget ib-e-51c0d8"><h2 class="ib-w-ttl">Liên kết website</h2>
  <select class="ib-links" onchange="window.open(this.value)">
   <option value="">-- Chọn liên kết --</option>
   <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
   <option value="https://quangnam.edu.vn">Sở GD&amp;ĐT Quảng Nam</option>
  </select></div>
 <div class="ib-widget ib-e-0b7e44"><h2 class="ib-w-ttl">Thăm dò ý kiến</h2>
  <p>Bạn biết đến website nhà trường qua kênh nào?</p>
  <label><input type="radio" name="poll_12" value="1"> Giáo viên chủ nhiệm</label><br>
  <label><input type="radio" name="poll_12" value="2"> Fanpage nhà trường</label><br>
  <button type="button" class="ib-btn" onclick="ibPoll(12)">Bình chọn</button></div>
 <div class="ib-widget ib-e-e2c6aa"><h2 class="ib-w-ttl">Thống kê truy cập</h2>
  <ul class="ib-counter"><li>Đang online: <b>23</b></li><li>Hôm nay: <b>412</b></li>
  <li>Tổng truy cập: <b>1.284.560</b></li></ul></div>
</div>"""


def _page(request: Request, title: str, main: str, *, head_extra: str = "", crumbs: str = "",
          sidebar: bool = True) -> Response:
    side = _sidebar() if sidebar else ""
    width = "col-md-8" if sidebar else "col-md-12"
    body = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="generator" content="iWeb Builder 3.8 - template Giao duc 05">
{head_extra}
<link rel="stylesheet" href="/assets/ib/css/builder.min.css?v=3.8.2">
<link rel="stylesheet" href="/assets/ib/libs/slick/slick.css">
<link rel="icon" href="/storage/ib-5f21a9/favicon.png">
</head>
<body class="ib-page ib-tpl-gd05">
<section class="ib-section ib-topbar" id="section-1696321034">
 <div class="container"><div class="row">
  <div class="col-md-6 ib-e-4a2b19"><i class="fa fa-calendar"></i> {HEADER_TODAY}</div>
  <div class="col-md-6 ib-e-99c3f1 text-right"><i class="fa fa-phone"></i> 0235 3867 125 |
   <a href="https://www.facebook.com/thcsnguyentrai.dienban" target="_blank">Facebook</a></div>
 </div></div>
</section>
<header class="ib-section ib-header" id="section-1696321102">
 <div class="container"><div class="row">
  <div class="col-md-2"><a href="/"><img src="/storage/ib-5f21a9/logo-nguyen-trai.png" alt="Logo"></a></div>
  <div class="col-md-10"><h1 class="ib-e-2d8f60">TRƯỜNG THCS NGUYỄN TRÃI</h1>
   <div class="ib-e-b7a510">Thị xã Điện Bàn - Tỉnh Quảng Nam</div></div>
 </div>
 <nav class="ib-nav">{_menu()}
  <form class="ib-search" action="javascript:void(0)"><input type="text" placeholder="Tìm kiếm..."></form>
 </nav></div>
</header>
{crumbs}
<section class="ib-section ib-main" id="section-1696321388">
 <div class="container"><div class="row">
  <div class="{width} ib-col ib-e-{_gid(title)}">
{main}
  </div>
{side}
 </div></div>
</section>
<footer class="ib-section ib-footer" id="section-1696321950">
 <div class="container"><div class="row">
  <div class="col-md-6 ib-e-0e1f77"><p><strong>TRƯỜNG THCS NGUYỄN TRÃI</strong></p>
   <p>Địa chỉ: Khối phố 5, phường Vĩnh Điện, thị xã Điện Bàn, tỉnh Quảng Nam</p>
   <p>Điện thoại: 0235 3867 125 - Email: thcsnguyentrai.dienban@quangnam.edu.vn</p></div>
  <div class="col-md-6 ib-e-c30a5e"><p>© 2026 Bản quyền thuộc về Trường THCS Nguyễn Trãi.</p>
   <p>Thiết kế bởi <a href="https://ibuilder.example.vn" target="_blank">iWeb Builder</a></p></div>
 </div></div>
</footer>
<script src="/assets/ib/libs/jquery/jquery-3.6.0.min.js"></script>
<script src="/assets/ib/libs/slick/slick.min.js"></script>
<script src="/assets/ib/js/builder.min.js?v=3.8.2"></script>
<script>$(function(){{$('.ib-slick').slick({{autoplay:true,lazyLoad:'ondemand'}});}});</script>
</body>
</html>"""
    return html(body)


def _crumbs(*items: tuple[str | None, str]) -> str:
    parts = ['<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>']
    for href, label in items:
        parts.append(f'<li><a href="{href}">{esc(label)}</a></li>' if href else
                     f'<li class="active"><span>{esc(label)}</span></li>')
    return (f'<section class="ib-section ib-bc" id="section-1696321207"><div class="container">'
            f'<ol class="ib-breadcrumb">{"".join(parts)}</ol></div></section>')


def _thumb(story: Story) -> str:
    return f"{UP}/thumbs/{story.slug[:24]}-360x240.jpg"


def _card(story: Story) -> str:
    href = article_path(story)
    dt = _dt(story).astimezone(_LOCAL)
    return f"""<div class="ib-news-item ib-e-{_gid('card', story.id)}">
 <div class="ib-news-img"><a href="{href}"><img src="{_thumb(story)}" alt="{esc(story.title)}"></a>
  <div class="ib-news-date"><span class="dd">{dt:%d}</span><span class="mm">Th{dt.month}</span></div></div>
 <div class="ib-news-info"><h3 class="ib-news-ttl"><a href="{href}">{esc(story.title)}</a></h3>
  <div class="ib-news-desc">{esc(_excerpt(story))}</div>
  <a class="ib-news-more" href="{href}">Xem thêm »</a></div>
</div>"""


# --- article pages --------------------------------------------------------------------------


def _image_block(img: Img) -> str:
    name = img.src.rsplit("/", 1)[-1]
    desc = f'<div class="ib-img-desc"><em>{esc(img.printed)}</em></div>' if img.printed else ""
    return (f'<div class="ib-el-image ib-e-{_gid(img.src)}"><div class="ib-img-wrap">'
            f'<img src="{img.src}" alt="{esc(name)}" class="img-responsive"></div>{desc}</div>')


def _gallery(imgs: list[Img]) -> str:
    def slide(img: Img, index: int, cloned: bool) -> str:
        cls = "ib-gal-slide slick-slide" + (" slick-cloned" if cloned else "")
        cap = f'<div class="sl-cap">{esc(img.printed)}</div>' if img.printed else ""
        hidden = ' aria-hidden="true"' if cloned else ""
        return (f'<div class="{cls}" data-slick-index="{index}"{hidden}>'
                f'<img data-lazy="{img.src}" alt="">{cap}</div>')

    slides = [slide(imgs[-1], -1, True)]
    slides += [slide(img, i, False) for i, img in enumerate(imgs)]
    slides.append(slide(imgs[0], len(imgs), True))
    thumbs = "".join(
        f'<div class="ib-gal-th"><img src="{img.src[:-4]}_thumb.jpg" alt=""></div>' for img in imgs)
    return (f'<div class="ib-el-gallery ib-e-{_gid("gal", imgs[0].src)}">'
            f'<div class="ib-slick ib-gal-main"><div class="slick-track">{"".join(slides)}</div></div>'
            f'<div class="ib-gal-nav">{thumbs}</div></div>')


def _quill(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    headings = story.opts.get("headings", ())
    p_index = 0
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "tr"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            group = blocks[i:j]
            if b.style == "li":
                out.append('<ol>' + "".join(
                    f'<li data-list="bullet"><span class="ql-ui" contenteditable="false"></span>'
                    f'{esc(g.text)}</li>' for g in group) + "</ol>")
            else:
                rows = "".join("<tr>" + "".join(
                    f'<td data-row="row-{k}">{esc(c)}</td>' for c in g.text.split(" | ")) + "</tr>"
                    for k, g in enumerate(group))
                out.append(f'<table class="ql-table"><tbody>{rows}</tbody></table>')
            i = j
            continue
        if isinstance(b, Img) and b.style == "gallery":
            j = i
            while j < len(blocks) and isinstance(blocks[j], Img) and blocks[j].style == "gallery":
                j += 1
            out.append(_gallery(blocks[i:j]))
            i = j
            continue
        if isinstance(b, P):
            if p_index in headings:
                out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
            elif b.style == "q":
                out.append(f'<blockquote>{esc(b.text)}</blockquote>')
            else:
                out.append(f'<p class="ql-align-justify">{esc(b.text)}</p>')
                if p_index % 2 == 1:
                    out.append("<p><br></p>")
            p_index += 1
        elif isinstance(b, Img):
            out.append(_image_block(b))
        else:
            out.append(b.html)
        i += 1
    return '<div class="ib-nd-ct ql-editor">' + "\n".join(out) + "</div>"


def _legacy(story: Story) -> str:
    out: list[str] = []
    for b in story.blocks:
        if isinstance(b, P):
            out.append(esc(b.text) + "<br><br>")
        elif isinstance(b, Img):
            out.append(f'<div align="center"><img src="{b.src}" width="500" border="0"><br>'
                       f"<em>{esc(b.printed or '')}</em></div><br>")
        else:
            out.append(b.html)
    return ('<div class="ib-nd-ct"><div class="old-ct" style="font-family:\'Times New Roman\';'
            'font-size:13pt;text-align:justify">' + "\n".join(out) + "</div></div>")


def _article(request: Request, story: Story) -> Response:
    cat_name = CATS[story.cat]
    utc = _utc(story)
    when = date_text(story)
    sapo = (f'<div class="ib-nd-sapo"><strong>{esc(story.summary)}</strong></div>'
            if story.summary and story.sapo_outside else "")
    sapo_mb = (f'<div class="ib-nd-sapo-mb">{esc(story.summary)}</div>'
               if story.summary and story.sapo_outside else "")
    content = _legacy(story) if story.opts.get("legacy") else _quill(story)
    related = [s for s in ORDERED if s.cat == story.cat and s is not story][:3]
    rel = "".join(_card(s) for s in related)
    tags = " ".join(f'<span class="ib-tag">{esc(t)}</span>' for t in (cat_name, "THCS Nguyễn Trãi"))
    base = base_url(request)
    canonical = base + article_path(story)
    head = (f'<link rel="canonical" href="{canonical}">\n'
            f'<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{esc(story.title)}">\n'
            f'<meta property="og:url" content="{canonical}">\n'
            f'<meta property="og:image" content="{base}{_thumb(story)}">\n'
            f'<meta name="description" content="{esc(_excerpt(story))}">\n'
            f'<meta property="article:published_time" content="{utc}">')
    main = f"""<div class="ib-el-news-detail ib-e-{_gid('nd', story.id)}" data-news-id="{story.id}">
 <div class="ib-hide-mb">
  <div class="ib-heading ib-nd-ttl" data-tag="h2">{esc(story.title)}</div>
  <div class="ib-nd-meta"><span><i class="fa fa-clock-o"></i> <time class="ib-nd-date" datetime="{utc}">{when}</time></span>
   <span><i class="fa fa-user"></i> Đăng bởi: nguyentrai_admin</span>
   <span><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span></div>
  {sapo}
 </div>
 <div class="ib-hide-pc">
  <div class="ib-nd-ttl-mb">{esc(story.title)}</div>
  <div class="ib-nd-meta-mb"><time datetime="{utc}">{when}</time></div>
  {sapo_mb}
 </div>
 {content}
 <div class="ib-nd-tags"><i class="fa fa-tags"></i> Từ khóa: {tags}</div>
 <div class="ib-share"><span>Chia sẻ:</span>
  <a href="https://www.facebook.com/sharer/sharer.php?u={canonical}" target="_blank"><img src="/assets/ib/img/share-fb.png" alt="Facebook"></a>
  <a href="https://zalo.me/share?u={canonical}" target="_blank"><img src="/assets/ib/img/share-zalo.png" alt="Zalo"></a>
  <a href="javascript:window.print()"><i class="fa fa-print"></i> In bài</a></div>
</div>
<div class="ib-el-news-related ib-e-{_gid('rel', story.id)}">
 <h2 class="ib-w-ttl">Tin liên quan</h2>
 <div class="ib-news-grid">{rel}</div>
</div>"""
    crumbs = _crumbs(("/tin-tuc.html", "Tin tức"), (f"/{story.cat}.html", cat_name))
    return _page(request, "Tin tức - Trường THCS Nguyễn Trãi - Điện Bàn - Quảng Nam", main,
                 head_extra=head, crumbs=crumbs)


# --- listings -------------------------------------------------------------------------------


def _home(request: Request) -> Response:
    def slide(s: Story, index: int, cloned: bool) -> str:
        href = article_path(s) + "?ref=slider"
        cls = "ib-hero-slide slick-slide" + (" slick-cloned" if cloned else "")
        return (f'<div class="{cls}" data-slick-index="{index}"><a href="{href}">'
                f'<img src="{UP}/banner/{s.slug[:20]}-1200x480.jpg" alt=""></a>'
                f'<div class="ib-hero-cap"><a href="{href}">{esc(s.title)}</a></div></div>')

    slides = [slide(SLIDER[-1], -1, True)]
    slides += [slide(s, i, False) for i, s in enumerate(SLIDER)]
    slides.append(slide(SLIDER[0], len(SLIDER), True))
    sections = []
    for slug, name in CATS.items():
        items = [s for s in ORDERED if s.cat == slug][:3]
        sections.append(f"""<div class="ib-el-news ib-e-{_gid('home', slug)}">
 <div class="ib-sec-head"><h2 class="ib-sec-ttl">{esc(name)}</h2></div>
 <div class="ib-news-grid">{''.join(_card(s) for s in items)}</div>
 <div class="text-center"><a class="ib-btn ib-btn-more" href="/{slug}.html">Xem thêm</a></div>
</div>""")
    main = (f'<div class="ib-el-slider ib-e-5e0c3b"><div class="ib-slick ib-hero">'
            f'<div class="slick-track">{"".join(slides)}</div></div></div>' + "\n".join(sections))
    return _page(request, "Trường THCS Nguyễn Trãi - Điện Bàn - Quảng Nam", main)


def _page_no(request: Request) -> int | None:
    raw = request.params.get("page", "1")
    if not raw.isdigit() or int(raw) < 1:
        return None
    return int(raw)


def _all_news(request: Request) -> Response | None:
    page = _page_no(request)
    pages = (len(ORDERED) + ALL_PER_PAGE - 1) // ALL_PER_PAGE
    if page is None or page > pages:
        return None
    items = ORDERED[(page - 1) * ALL_PER_PAGE: page * ALL_PER_PAGE]
    more = (f'<div class="text-center ib-loadmore"><a class="ib-btn ib-btn-more" '
            f'href="/tin-tuc.html?page={page + 1}" data-page="{page + 1}" '
            f'onclick="return ibLoadMore(this)">Xem thêm</a></div>' if page < pages else "")
    main = (f'<div class="ib-el-news ib-e-8d2f11"><div class="ib-sec-head"><h2 class="ib-sec-ttl">Tin tức'
            f'</h2></div><div class="ib-news-list">{"".join(_card(s) for s in items)}</div>{more}</div>')
    return _page(request, "Tin tức - Trường THCS Nguyễn Trãi", main,
                 crumbs=_crumbs((None, "Tin tức")))


def _category(request: Request, slug: str) -> Response | None:
    page = _page_no(request)
    items_all = [s for s in ORDERED if s.cat == slug]
    pages = max(1, (len(items_all) + CAT_PER_PAGE - 1) // CAT_PER_PAGE)
    if page is None or page > pages:
        return None
    items = items_all[(page - 1) * CAT_PER_PAGE: page * CAT_PER_PAGE]
    pager = ""
    if pages > 1:
        links = []
        for n in range(1, pages + 1):
            cls = ' class="active"' if n == page else ""
            links.append(f'<li{cls}><a href="/{slug}.html?page={n}">{n}</a></li>')
        if page < pages:
            links.append(f'<li><a href="/{slug}.html?page={page + 1}">»</a></li>')
        pager = f'<ul class="ib-pagination">{"".join(links)}</ul>'
    name = CATS[slug]
    main = (f'<div class="ib-el-news ib-e-{_gid("cat", slug)}"><div class="ib-sec-head">'
            f'<h2 class="ib-sec-ttl">{esc(name)}</h2></div>'
            f'<div class="ib-news-list">{"".join(_card(s) for s in items)}</div>{pager}</div>')
    return _page(request, f"{name} - Trường THCS Nguyễn Trãi", main,
                 crumbs=_crumbs(("/tin-tuc.html", "Tin tức"), (None, name)))


# --- pages that are not articles ------------------------------------------------------------


def _static_page(request: Request, path: str) -> Response | None:
    if path == "/gioi-thieu.html":
        main = """<div class="ib-heading ib-e-71aa0c">Giới thiệu chung</div>
<div class="ib-el-text ib-e-ef0913"><p>Trường THCS Nguyễn Trãi được thành lập năm 1985, tọa lạc tại phường
Vĩnh Điện, thị xã Điện Bàn. Năm học 2026 - 2027, trường có 28 lớp với 1.046 học sinh.</p>
<p>Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p></div>
<div class="ib-el-image ib-e-02d4c8"><img src="/storage/ib-5f21a9/images/truong-toan-canh.jpg" alt=""></div>"""
        return _page(request, "Giới thiệu - Trường THCS Nguyễn Trãi", main,
                     crumbs=_crumbs((None, "Giới thiệu")))
    if path == "/co-cau-to-chuc.html":
        rows = [("Trần Văn Minh", "Hiệu trưởng"), ("Nguyễn Thị Lan", "Phó Hiệu trưởng"),
                ("Phạm Ngọc Sơn", "Tổ trưởng tổ Toán - Tin"), ("Lê Thị Hoa", "Tổ trưởng tổ Ngữ văn")]
        trs = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in rows)
        main = (f'<div class="ib-heading ib-e-9a1b2c">Cơ cấu tổ chức</div><table class="ib-table">'
                f"<tr><th>Họ và tên</th><th>Chức vụ</th></tr>{trs}</table>")
        return _page(request, "Cơ cấu tổ chức - Trường THCS Nguyễn Trãi", main,
                     crumbs=_crumbs(("/gioi-thieu.html", "Giới thiệu"), (None, "Cơ cấu tổ chức")))
    if path == "/thu-vien-anh.html":
        photos = "".join(
            f'<div class="ib-album-it"><a href="{UP}/album/anh-{n:02d}.jpg" data-fancybox="album">'
            f'<img src="{UP}/album/anh-{n:02d}_thumb.jpg" alt=""></a></div>' for n in range(1, 9))
        main = (f'<div class="ib-heading ib-e-33f0a1">Thư viện ảnh</div>'
                f'<div class="ib-el-album ib-e-c8d1e0">{photos}</div>')
        return _page(request, "Thư viện ảnh - Trường THCS Nguyễn Trãi", main,
                     crumbs=_crumbs((None, "Thư viện ảnh")))
    if path == "/tai-lieu.html":
        docs = [("Kế hoạch năm học 2026 - 2027", "ke-hoach-nam-hoc-2026-2027.pdf"),
                ("Quy chế chi tiêu nội bộ", "quy-che-chi-tieu-noi-bo.pdf")]
        lis = "".join(f'<li><i class="fa fa-file-pdf-o"></i> <a href="{UP}/docs/{f}">{esc(t)}</a></li>'
                      for t, f in docs)
        main = (f'<div class="ib-heading ib-e-55ab10">Tài liệu</div>'
                f'<ul class="ib-el-docs ib-e-1234ab">{lis}</ul>')
        return _page(request, "Tài liệu - Trường THCS Nguyễn Trãi", main,
                     crumbs=_crumbs((None, "Tài liệu")))
    if path == "/lien-he.html":
        sent = '<div class="alert alert-success">Cảm ơn bạn đã gửi liên hệ!</div>' \
            if request.method == "POST" else ""
        main = f"""<div class="ib-heading ib-e-0f0f42">Liên hệ</div>{sent}
<div class="ib-el-text ib-e-7710b3"><p>Trường THCS Nguyễn Trãi</p>
<p>Địa chỉ: Khối phố 5, phường Vĩnh Điện, thị xã Điện Bàn, tỉnh Quảng Nam</p>
<p>Điện thoại: 0235 3867 125</p></div>
<form class="ib-el-form ib-e-aa01f3" method="post" action="/lien-he.html">
 <input type="text" name="ho_ten" placeholder="Họ và tên"><input type="email" name="email" placeholder="Email">
 <textarea name="noi_dung" placeholder="Nội dung"></textarea><button type="submit">Gửi liên hệ</button></form>"""
        return _page(request, "Liên hệ - Trường THCS Nguyễn Trãi", main,
                     crumbs=_crumbs((None, "Liên hệ")), sidebar=False)
    return None


NON_ARTICLES = ["/gioi-thieu.html", "/co-cau-to-chuc.html", "/thu-vien-anh.html", "/tai-lieu.html",
                "/lien-he.html"]

_ARTICLE = re.compile(r"^/tin-tuc/([a-z0-9-]+)\.html$")
_CATEGORY = re.compile(r"^/([a-z0-9-]+)\.html$")


class InetBuilderSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.endswith(".pdf") and path.startswith("/storage/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/storage/", "/assets/")):
            return static_file(path)
        if path == "/":
            return _home(request) if not request.query else None
        if m := _ARTICLE.match(path):
            story = STORY_BY_SLUG.get(m.group(1))
            return _article(request, story) if story else None
        if path == "/tin-tuc.html":
            return _all_news(request)
        if path in NON_ARTICLES:
            return _static_page(request, path)
        if (m := _CATEGORY.match(path)) and m.group(1) in CATS:
            return _category(request, m.group(1))
        return None


def build_site() -> InetBuilderSite:
    return InetBuilderSite()


def _gold(story: Story) -> dict:
    alts = [article_path(story) + "?ref=slider"] if story in SLIDER else []
    return gold_record(story, article_path(story), CATS[story.cat], alt_paths=alts)


GOLD = [_gold(s) for s in ORDERED]
