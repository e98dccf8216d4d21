"""Fixture portal: a lower secondary school's site on a Vietnamese web-design firm's PHP template.

Imitates the "Nina"-style PHP template product that small Vietnamese businesses and schools buy
(2021 generation): one PHP codebase with Vietnamese table and column names (``tenvi``, ``motavi``,
``noidungvi``, ``ngaytao``), a router that maps every ``<slug>.html`` at the site root to a row of
the ``table_news`` / ``table_static`` / ``table_product`` tables, jQuery, Slick sliders, Fancybox,
WOW/animate, AddThis, a Zalo button and a Facebook page plugin. The site is the Trường THCS Lý
Thường Kiệt (Long Xuyên, An Giang). Every page prints ``<base href="http://host/">`` and most links
are *relative without a leading slash* (``tin-tuc.html``, ``upload/news/…``); the pager prints
absolute addresses.

What it serves:

- ``/`` home: Slick banner slider, "Tin mới" (four newest), "Thông báo" box, "Hoạt động chuyên
  môn" box, album slider, video, partner logos;
- the news module ``/tin-tuc.html`` (every post) and three categories at the root,
  ``/tin-tuc-su-kien.html`` (7 posts, 3 pages), ``/hoat-dong-chuyen-mon.html``,
  ``/thong-bao.html``; three posts a page, ``?p=N`` paging with the template's pager
  (``div.pagination > ul > li > a.first / a.prev / a / a.current / a.next / a.last``), a
  "Sắp xếp" link row (``?sort=moi-nhat|cu-nhat|xem-nhieu``, kept by the pager);
- posts at ``/<slug>.html``, also at the root: the address says nothing about being a post. The
  post page: breadcrumb, the title band ``div.title-main > span`` with the *category's* name (not
  the headline), ``h2.title-news-detail`` (the headline), ``div.time-news`` "Ngày đăng:
  20/11/2026 09:15 AM" (PHP ``date('d/m/Y h:i A')``: a 12-hour clock with AM/PM) and "Lượt xem",
  ``div.desc-news`` (the ``motavi`` field, bold, empty for some posts), ``div.content-news``
  (CKEditor 4 HTML: inline font styles, Latin-1 letters written as named entities by CKEditor's
  default ``entities`` option while the other Vietnamese letters stay raw UTF-8, ``&nbsp;``,
  centred images with a caption line in several editors' habits, tables, a YouTube iframe), the
  share row ("Chia sẻ:" AddThis + Zalo), and ``div.othernews`` "Tin liên quan" (the other posts of
  the category, four a page, paged with the same ``?p=N`` on the post's own address);
- a right column on listings and posts: "Danh mục tin" with counts, "Tin mới nhất" with dates,
  "Video clip", "Fanpage" (Facebook iframe), "Thống kê truy cập" (Online / Trong ngày / Tuần này
  / Tháng này / Tổng truy cập);
- non-articles: ``/gioi-thieu.html`` (a standing page: title band, history, no date),
  ``/lien-he.html`` (form + map), ``/van-ban.html`` (document table linking
  ``/upload/file/…pdf``), ``/doi-ngu-giao-vien.html`` (staff cards), ``/thu-vien-anh.html`` and
  ``/album-<slug>.html`` (photo albums), ``/video.html``, ``/tim-kiem.html?keyword=…`` (search);
- ``/sitemap.xml`` (named by robots.txt) listing categories, static pages and every post.

Traps and hard cases:

- a post, a category and a standing page all look alike (``/le-khai-giang-….html`` vs
  ``/thong-bao.html`` vs ``/gioi-thieu.html``);
- ``?p`` beyond the last page answers 200 with the last page again; ``?p=0`` or ``?p=abc`` is
  page 1; unknown parameters are ignored; the sort links triple every listing page (finite);
- the post page under ``?p=N`` (the "Tin liên quan" pager, and its "Đầu" link ``?p=1``) is the
  same article: those addresses are alt_paths of the gold; ``rel=canonical`` names the bare
  address;
- ``/lang/en`` and ``/lang/vi`` (flags in the header) set a cookie and send the visitor back
  (302) to the home page, which stays Vietnamese: the same page;
- the search page and its paging; an unknown ``<slug>.html`` is a real 404 with the theme's page;
- the header prints today's date and a marquee of notice titles linking the notices.

Gold (by hand; written in the stories below, not computed from the markup):

- published_at: the "Ngày đăng" line of the post page; a PM hour is turned into the 24-hour
  clock (02:30 PM -> 14:30); "12:00 AM" (post 112, imported from the old site without a time) is
  midnight, a printed 00:00: the day alone. The listing's "Ngày đăng: DD/MM/YYYY" agrees.
- title: the ``h2.title-news-detail`` headline, never the title band's category name.
- summary: the ``div.desc-news`` text (also the body's first paragraph). Where it is empty and the
  content opens with a paragraph wholly in bold (post 125), that paragraph is the summary and
  stays the body's first paragraph; where it is empty and the first paragraph is plain, None.
- body: the content's paragraphs in order; list items are paragraphs; a table's rows are
  paragraphs with cells joined by " | " (header row included); a bold sub-heading in the text is a
  paragraph; caption lines, bylines, "Nguồn:" lines, the iframe and a Zalo file-name line under a
  photo are not body.
- captions: the line under the photo without wrapping parentheses and without a leading "Ảnh:"
  label; a line that is only a camera/Zalo file name (``z4712…jpg``) is no caption; gallery
  photos without a line have None. Listing thumbnails and the ``og:image`` are not article images.
- authors / photographers / source: "Tin, ảnh: X" gives X in both; "Bài: X - Ảnh: Y" gives X and
  Y; "Người viết: X - Tổ Khoa học Tự nhiên" gives X (the unit after the dash dropped); "ThS. X"
  gives X; "Ảnh: Thầy X" gives photographer X only; a bare bold name at the end is the author;
  "Nguồn: Trung tâm Y tế …" is the source and leaves the author above it; notices and the
  imported post sign nothing: no author.
- category: the title band / breadcrumb category of the post.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta, timezone
from html.entities import codepoint2name
from urllib.parse import quote

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
    static_file,
)

NAME = "nina_php_thcs"
PLATFORM = "nina_php"
START_PATH = "/"

SITE = "Trường THCS Lý Thường Kiệt"
SLOGAN = "Kỷ cương - Tình thương - Trách nhiệm"
ADDRESS = "Số 86 đường Trần Phú, phường Long Xuyên, tỉnh An Giang"
PHONE = "0296 3 852 417"
HOTLINE = "0918 245 617"
EMAIL = "thcslythuongkiet.lx@angiang.edu.vn"
PER_PAGE = 3
RELATED_PER_PAGE = 4
_LOCAL = timezone(timedelta(hours=7))

CATS: dict[str, str] = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}
SORTS = {"moi-nhat": "Mới nhất", "cu-nhat": "Cũ nhất", "xem-nhieu": "Xem nhiều"}
_EL = "/upload/elfinder/2026"


def _byline(line: str, align: str = "right") -> Raw:
    return Raw(f'<p style="text-align:{align}"><strong>{esc(line)}</strong></p>')


# opts: at (local time as stored), thumb (listing photo of the row, not shown on the post),
# font (the editor's inline font wrapper), nbsp (paragraphs end with &nbsp;)
STORIES: list[Story] = [
    Story(
        id=128,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Trường THCS Lý Thường Kiệt tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T09:15:00+07:00",
        summary=(
            "Sáng ngày 20/11/2026, Trường THCS Lý Thường Kiệt long trọng tổ chức Lễ kỷ niệm 44 năm"
            " Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) với sự tham dự của đại diện lãnh đạo"
            " phường Long Xuyên, Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân"
            " viên và học sinh nhà trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Đặng Văn Khải ôn lại truyền thống vẻ vang của"
                " ngành Giáo dục và những kết quả nhà trường đạt được trong năm học 2025 - 2026: tỉ lệ"
                " học sinh hoàn thành chương trình lớp học đạt 99,2%, 100% học sinh lớp 9 được công nhận"
                " tốt nghiệp trung học cơ sở, 36 học sinh đạt giải trong kỳ thi học sinh giỏi cấp tỉnh."
            ),
            Img(
                f"{_EL}/11/ky-niem-20-11-hieu-truong-phat-bieu.jpg",
                "Thầy Hiệu trưởng Đặng Văn Khải phát biểu tại buổi lễ",
                "Thầy Hiệu trưởng Đặng Văn Khải phát biểu tại buổi lễ",
                "em",
            ),
            P(
                "Nhân dịp này, nhà trường đã khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi"
                " cấp trường và 4 giáo viên có học sinh đạt giải cao trong các kỳ thi cấp tỉnh. Ban đại"
                " diện cha mẹ học sinh cũng trao tặng quà tri ân đến quý thầy cô."
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do các em học sinh biểu diễn, gửi"
                " gắm lòng biết ơn sâu sắc đến các thế hệ thầy cô giáo."
            ),
            Img(
                f"{_EL}/11/ky-niem-20-11-van-nghe.jpg",
                "Tiết mục múa “Bụi phấn” của học sinh lớp 8A3",
                "Tiết mục múa “Bụi phấn” của học sinh lớp 8A3",
                "em",
            ),
            _byline("Tin, ảnh: Nguyễn Thị Thu Hằng"),
        ],
        authors=["Nguyễn Thị Thu Hằng"],
        photographers=["Nguyễn Thị Thu Hằng"],
        opts={"at": "2026-11-20 09:15", "thumb": "le-ky-niem-20-11-3481.jpg", "font": "arial"},
    ),
    Story(
        id=127,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-19T16:20:00+07:00",
        summary="Nhà trường thông báo lịch kiểm tra cuối học kỳ I các khối lớp năm học 2026 - 2027.",
        sapo_outside=True,
        blocks=[
            P(
                "Căn cứ kế hoạch giáo dục năm học 2026 - 2027, Trường THCS Lý Thường Kiệt thông báo lịch"
                " kiểm tra cuối học kỳ I như sau:"
            ),
            P("Khối 6 và khối 7: kiểm tra từ ngày 21/12/2026 đến ngày 25/12/2026.", "li"),
            P("Khối 8 và khối 9: kiểm tra từ ngày 22/12/2026 đến ngày 26/12/2026.", "li"),
            P(
                "Các môn đánh giá bằng nhận xét: giáo viên bộ môn tổ chức đánh giá trong tiết học từ"
                " ngày 14/12/2026.",
                "li",
            ),
            P(
                "Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh; học sinh"
                " ôn tập theo đề cương của các tổ chuyên môn và có mặt tại phòng kiểm tra trước giờ làm"
                " bài 15 phút."
            ),
        ],
        opts={"at": "2026-11-19 16:20", "thumb": "lich-kiem-tra-hk1-5120.png", "font": "times"},
    ),
    Story(
        id=126,
        slug="to-khoa-hoc-tu-nhien-to-chuc-chuyen-de-day-hoc-stem",
        title="Tổ Khoa học Tự nhiên tổ chức chuyên đề “Dạy học STEM trong môn Khoa học tự nhiên 7”",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-17T08:00:00+07:00",
        summary=(
            "Nhằm đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018, ngày"
            " 16/11/2026 Tổ Khoa học Tự nhiên tổ chức chuyên đề “Dạy học STEM trong môn Khoa học tự"
            " nhiên 7” tại phòng học bộ môn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tiết dạy minh họa bài “Nam châm” do cô Lâm Thị Bích Tuyền thực hiện tại lớp 7A2. Học"
                " sinh được chia thành sáu nhóm, tự thiết kế và chế tạo la bàn đơn giản từ kim khâu,"
                " nút bần và chậu nước, sau đó thuyết trình về nguyên lý hoạt động của sản phẩm."
            ),
            Img(
                f"{_EL}/11/chuyen-de-stem-khtn7.jpg",
                "Học sinh lớp 7A2 thử nghiệm la bàn tự chế trong tiết học",
                "Học sinh lớp 7A2 thử nghiệm la bàn tự chế trong tiết học",
                "fig",
            ),
            P(
                "Sau tiết dạy, các thầy cô trong tổ đã thảo luận, góp ý về cách tổ chức hoạt động nhóm,"
                " thời lượng từng hoạt động và cách đánh giá sản phẩm của học sinh theo tiêu chí."
            ),
            P(
                "Chuyên đề giúp giáo viên có thêm kinh nghiệm xây dựng bài học STEM gắn với thực tiễn,"
                " tạo hứng thú học tập và phát triển năng lực giải quyết vấn đề cho học sinh."
            ),
            _byline("Người viết: Trần Minh Tâm - Tổ Khoa học Tự nhiên"),
        ],
        authors=["Trần Minh Tâm"],
        opts={"at": "2026-11-17 08:00", "thumb": "chuyen-de-stem-2231.jpg", "font": "arial", "nbsp": True},
    ),
    Story(
        id=125,
        slug="hoi-thi-net-but-tri-an-chao-mung-ngay-20-11",
        title="Hội thi “Nét bút tri ân” chào mừng ngày Nhà giáo Việt Nam",
        cat="tin-tuc-su-kien",
        published_at="2026-11-14T14:30:00+07:00",
        summary=(
            "Hơn 80 bài dự thi viết chữ đẹp và viết thư tri ân thầy cô đã được gửi về Ban tổ chức"
            " Hội thi “Nét bút tri ân” năm 2026."
        ),
        blocks=[
            P(
                "Hơn 80 bài dự thi viết chữ đẹp và viết thư tri ân thầy cô đã được gửi về Ban tổ chức"
                " Hội thi “Nét bút tri ân” năm 2026.",
                "b",
            ),
            P(
                "Hội thi do Liên đội Trường THCS Lý Thường Kiệt phát động từ ngày 01/11/2026 dành cho học"
                " sinh các khối lớp. Các bài dự thi được chấm theo hai nội dung: trình bày chữ viết và"
                " nội dung bức thư."
            ),
            Img(
                f"{_EL}/11/net-but-tri-an-trao-giai.jpg",
                "(Ban tổ chức trao giải Nhất cho em Nguyễn Ngọc Bảo Trân, lớp 9A1)",
                "Ban tổ chức trao giải Nhất cho em Nguyễn Ngọc Bảo Trân, lớp 9A1",
                "paren",
            ),
            P(
                "Kết quả, Ban tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 6 giải Khuyến khích."
                " Những bức thư hay nhất được trưng bày tại bảng tin của trường trong tuần lễ chào mừng"
                " ngày 20/11."
            ),
            _byline("Bài: Phạm Thị Ngọc Ánh - Ảnh: Võ Thanh Tùng"),
        ],
        authors=["Phạm Thị Ngọc Ánh"],
        photographers=["Võ Thanh Tùng"],
        opts={"at": "2026-11-14 14:30", "thumb": "net-but-tri-an-0917.jpg", "font": "times"},
    ),
    Story(
        id=122,
        slug="thong-bao-hop-cha-me-hoc-sinh-giua-hoc-ky-i",
        title="Thông báo tổ chức họp cha mẹ học sinh giữa học kỳ I",
        cat="thong-bao",
        published_at="2026-11-09T10:10:00+07:00",
        blocks=[
            P(
                "Nhà trường tổ chức họp cha mẹ học sinh giữa học kỳ I năm học 2026 - 2027 vào lúc 7 giờ"
                " 30 phút, sáng Chủ nhật ngày 15/11/2026 tại phòng học của các lớp."
            ),
            P(
                "Nội dung buổi họp: giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện của học"
                " sinh giữa học kỳ I; trao đổi về công tác phối hợp giữa gia đình và nhà trường trong"
                " việc quản lý học sinh sử dụng điện thoại, mạng xã hội."
            ),
            P(
                "Kính mời quý phụ huynh sắp xếp thời gian đến dự đầy đủ và đúng giờ. Trường hợp vắng mặt"
                " xin liên hệ trực tiếp với giáo viên chủ nhiệm."
            ),
        ],
        opts={"at": "2026-11-09 10:10", "thumb": "hop-cmhs-5562.png", "font": "times"},
    ),
    Story(
        id=121,
        slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho-thu-gom-giay-vun",
        title="Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn",
        cat="tin-tuc-su-kien",
        published_at="2026-11-06T16:05:00+07:00",
        summary=(
            "Trong hai ngày 04 và 05/11/2026, Liên đội Trường THCS Lý Thường Kiệt thu gom được hơn 1,2"
            " tấn giấy vụn từ phong trào “Kế hoạch nhỏ”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các chi đội đã tích cực vận động đội viên thu gom sách báo cũ, vỏ hộp giấy, giấy vụn tại"
                " gia đình và khu dân cư. Chi đội 6A4 dẫn đầu với 142 kg, tiếp theo là chi đội 9A2 và"
                " 7A1."
            ),
            P(
                "Toàn bộ số tiền thu được từ phong trào sẽ dùng để mua học bổng, áo trắng tặng các bạn"
                " học sinh có hoàn cảnh khó khăn trong dịp Tết Nguyên đán."
            ),
            P("Một số hình ảnh của phong trào:"),
            Img(f"{_EL}/11/ke-hoach-nho-01.jpg"),
            Img(f"{_EL}/11/ke-hoach-nho-02.jpg"),
            Img(f"{_EL}/11/ke-hoach-nho-03.jpg"),
            _byline("Trần Thị Mỹ Linh"),
        ],
        authors=["Trần Thị Mỹ Linh"],
        opts={"at": "2026-11-06 16:05", "thumb": "ke-hoach-nho-7745.jpg", "font": "arial"},
    ),
    Story(
        id=119,
        slug="lich-thao-giang-du-gio-hoc-ky-i-nam-hoc-2026-2027",
        title="Lịch thao giảng, dự giờ học kỳ I năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-22T13:30:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch hoạt động chuyên môn, nhà trường thông báo lịch thao giảng, dự giờ"
                " học kỳ I năm học 2026 - 2027 của các tổ chuyên môn như sau:"
            ),
            P("Tổ chuyên môn | Người dạy | Bài dạy | Lớp | Thời gian", "th"),
            P("Ngữ văn | Nguyễn Thị Hồng Nhung | Bài 3: Những góc nhìn cuộc sống | 8A1 | Tiết 2, thứ Ba 03/11/2026", "tr"),
            P("Toán | Lê Văn Đức | Hình lăng trụ đứng tam giác | 7A3 | Tiết 3, thứ Năm 05/11/2026", "tr"),
            P("Tiếng Anh | Huỳnh Ngọc Thảo | Unit 5: Our customs and traditions | 8A2 | Tiết 1, thứ Hai 09/11/2026", "tr"),
            P("Khoa học Tự nhiên | Lâm Thị Bích Tuyền | Nam châm | 7A2 | Tiết 4, thứ Hai 16/11/2026", "tr"),
            P("Thời gian dự giờ có thể thay đổi; tổ trưởng chuyên môn thông báo cụ thể đến các thành viên trong tổ."),
        ],
        opts={"at": "2026-10-22 13:30", "thumb": "lich-thao-giang-1288.png", "font": "times"},
    ),
    Story(
        id=120,
        slug="ngoai-khoa-an-toan-giao-thong-cho-hoc-sinh",
        title="Học sinh tham gia tiết học ngoại khóa “An toàn giao thông cho nụ cười ngày mai”",
        cat="tin-tuc-su-kien",
        published_at="2026-10-28T10:00:00+07:00",
        summary=(
            "Chiều ngày 27/10/2026, hơn 900 học sinh của trường tham gia tiết học ngoại khóa về an toàn"
            " giao thông do Đội Cảnh sát giao thông Công an tỉnh An Giang phối hợp tổ chức."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi ngoại khóa, cán bộ Cảnh sát giao thông đã phổ biến các quy định về độ tuổi điều"
                " khiển xe, đội mũ bảo hiểm khi đi xe đạp điện, xe máy điện và những hành vi nguy hiểm"
                " học sinh thường mắc phải trên đường đến trường."
            ),
            Raw(
                '<p style="text-align:center"><iframe allowfullscreen="" frameborder="0" height="360"'
                ' src="https://www.youtube.com/embed/Xq9b3TnKp2E" width="640"></iframe></p>'
            ),
            P(
                "Học sinh còn được xem video tình huống, tham gia trả lời câu hỏi và thực hành đội mũ bảo"
                " hiểm đúng cách. Nhiều phần quà đã được trao cho các em trả lời đúng."
            ),
            Img(
                f"{_EL}/10/ngoai-khoa-atgt.jpg",
                "Học sinh thực hành đội mũ bảo hiểm đúng cách",
                "Học sinh thực hành đội mũ bảo hiểm đúng cách",
                "fig",
            ),
            _byline("Lê Quốc Huy"),
        ],
        authors=["Lê Quốc Huy"],
        opts={"at": "2026-10-28 10:00", "thumb": "ngoai-khoa-atgt-6623.jpg", "font": "arial"},
    ),
    Story(
        id=114,
        slug="ke-hoach-to-chuc-hoi-thao-chao-mung-20-11",
        title="Kế hoạch tổ chức Hội thao chào mừng ngày Nhà giáo Việt Nam 20/11/2026",
        cat="thong-bao",
        published_at="2026-10-19T08:15:00+07:00",
        blocks=[
            P(
                "Nhằm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, nhà trường tổ chức Hội thao dành"
                " cho học sinh với các nội dung thi đấu sau:"
            ),
            P("I. NỘI DUNG THI ĐẤU", "h"),
            P("Bóng đá nam khối 8, khối 9 (sân cỏ nhân tạo 5 người).", "li"),
            P("Cầu lông đơn nam, đơn nữ các khối lớp.", "li"),
            P("Kéo co, nhảy bao bố đồng đội theo khối lớp.", "li"),
            P("II. THỜI GIAN, ĐỊA ĐIỂM", "h"),
            P(
                "Hội thao diễn ra từ ngày 02/11/2026 đến ngày 13/11/2026 tại sân trường và Nhà thi đấu"
                " đa năng. Các lớp đăng ký danh sách vận động viên với thầy Tổng phụ trách Đội trước"
                " ngày 28/10/2026."
            ),
        ],
        opts={"at": "2026-10-19 08:15", "thumb": "hoi-thao-20-11-4410.png", "font": "times"},
    ),
    Story(
        id=112,
        slug="dai-hoi-lien-doi-nhiem-ky-2026-2027",
        title="Đại hội Liên đội nhiệm kỳ 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-15",
        blocks=[
            P(
                "Ngày 14/10/2026, Liên đội Trường THCS Lý Thường Kiệt tổ chức Đại hội Liên đội nhiệm kỳ"
                " 2026 - 2027 với sự tham dự của 96 đại biểu là đại diện các chi đội trong toàn trường."
            ),
            P(
                "Đại hội đã đánh giá kết quả công tác Đội và phong trào thiếu nhi nhiệm kỳ qua, đề ra"
                " phương hướng cho nhiệm kỳ mới với chủ đề “Thiếu nhi An Giang chăm ngoan, học giỏi,"
                " làm theo lời Bác”."
            ),
            Img(
                f"{_EL}/10/dai-hoi-lien-doi-bau-ban-chi-huy.jpg",
                "Ảnh: Các đại biểu biểu quyết bầu Ban Chỉ huy Liên đội",
                "Các đại biểu biểu quyết bầu Ban Chỉ huy Liên đội",
                "label",
            ),
            P(
                "Đại hội đã bầu Ban Chỉ huy Liên đội gồm 11 đội viên ưu tú; em Trương Gia Hân, lớp 9A3"
                " được tín nhiệm bầu làm Liên đội trưởng."
            ),
        ],
        opts={"at": "2026-10-15 00:00", "thumb": "dai-hoi-lien-doi-3309.jpg", "font": "none"},
    ),
    Story(
        id=110,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-08T09:40:00+07:00",
        summary=(
            "Từ ngày 28/9 đến ngày 06/10/2026, Trường THCS Lý Thường Kiệt tổ chức Hội thi giáo viên dạy"
            " giỏi cấp trường với 18 giáo viên tham gia."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện hai"
                " tiết dạy trên lớp: một tiết do giáo viên tự chọn và một tiết do Ban tổ chức bốc thăm."
            ),
            Img(
                f"{_EL}/10/gvdg-cap-truong-tiet-day.jpg",
                "Cô Huỳnh Ngọc Thảo thực hiện tiết dạy môn Tiếng Anh tại lớp 8A2",
                "Cô Huỳnh Ngọc Thảo thực hiện tiết dạy môn Tiếng Anh tại lớp 8A2",
                "span",
            ),
            P(
                "Các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp dạy học tích"
                " cực, ứng dụng công nghệ thông tin hiệu quả. Kết quả có 12 giáo viên được công nhận"
                " giáo viên dạy giỏi cấp trường."
            ),
            Img(
                f"{_EL}/10/gvdg-cap-truong-tong-ket.jpg",
                "Ban giám khảo và các giáo viên dự thi chụp ảnh lưu niệm",
                "Ban giám khảo và các giáo viên dự thi chụp ảnh lưu niệm",
                "span",
            ),
            P(
                "Hội thi là dịp để giáo viên trao đổi, học tập kinh nghiệm, đồng thời là cơ sở để nhà"
                " trường chọn giáo viên tham dự hội thi cấp thành phố."
            ),
            Raw('<p style="text-align:right"><em><strong>ThS. Lê Hoàng Phúc</strong></em></p>'),
        ],
        authors=["Lê Hoàng Phúc"],
        opts={"at": "2026-10-08 09:40", "thumb": "gvdg-cap-truong-2207.jpg", "font": "arial"},
    ),
    Story(
        id=108,
        slug="tuyen-truyen-phong-chong-sot-xuat-huyet-trong-truong-hoc",
        title="Tuyên truyền phòng, chống bệnh sốt xuất huyết trong trường học",
        cat="tin-tuc-su-kien",
        published_at="2026-09-30T15:45:00+07:00",
        summary=(
            "Trước tình hình bệnh sốt xuất huyết có chiều hướng gia tăng, nhà trường phối hợp với Trạm"
            " Y tế phường tổ chức tuyên truyền phòng, chống dịch bệnh cho học sinh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi tuyên truyền, cán bộ y tế đã hướng dẫn học sinh nhận biết các dấu hiệu của bệnh"
                " sốt xuất huyết, cách diệt lăng quăng, loại bỏ các vật dụng chứa nước đọng quanh nhà và"
                " trường học."
            ),
            P(
                "Sau buổi tuyên truyền, các lớp tổng vệ sinh phòng học, khuôn viên trường, phát quang bụi"
                " rậm và thu gom vỏ chai, lon nhựa."
            ),
            Img(
                f"{_EL}/09/tuyen-truyen-sot-xuat-huyet.jpg",
                "Học sinh tổng vệ sinh khuôn viên trường sau buổi tuyên truyền",
                "Học sinh tổng vệ sinh khuôn viên trường sau buổi tuyên truyền",
                "em",
            ),
            _byline("Huỳnh Thị Kim Yến"),
            Raw('<p style="text-align:right"><em>Nguồn: Trung tâm Y tế khu vực Long Xuyên</em></p>'),
        ],
        authors=["Huỳnh Thị Kim Yến"],
        source="Trung tâm Y tế khu vực Long Xuyên",
        opts={"at": "2026-09-30 15:45", "thumb": "sot-xuat-huyet-8812.jpg", "font": "arial"},
    ),
    Story(
        id=103,
        slug="le-khai-giang-nam-hoc-2026-2027",
        title="Rộn ràng Lễ khai giảng năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-09-05T07:30:00+07:00",
        summary=(
            "Sáng ngày 05/9/2026, cùng với học sinh cả nước, hơn 1.100 học sinh Trường THCS Lý Thường"
            " Kiệt hân hoan bước vào năm học mới 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Buổi lễ có sự tham dự của lãnh đạo Đảng ủy, Ủy ban nhân dân phường Long Xuyên, Ban đại"
                " diện cha mẹ học sinh và các nhà hảo tâm. Năm học này, nhà trường đón 285 học sinh lớp"
                " 6 được chia thành 7 lớp."
            ),
            Img(f"{_EL}/09/khai-giang-2026-don-hs-lop-6.jpg", "z4712389651044_8c1f0a93d1b2e7.jpg", None, "file"),
            P(
                "Thầy Hiệu trưởng Đặng Văn Khải đọc thư của Chủ tịch nước gửi ngành Giáo dục nhân dịp"
                " khai giảng năm học mới và đánh trống khai trường."
            ),
            Img(
                f"{_EL}/09/khai-giang-2026-danh-trong.jpg",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
                "em",
            ),
            P(
                "Dịp này, nhà trường và các nhà hảo tâm đã trao 30 suất học bổng, mỗi suất trị giá 1"
                " triệu đồng cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
            ),
            _byline("Ảnh: Thầy Nguyễn Văn Bình"),
        ],
        photographers=["Nguyễn Văn Bình"],
        opts={"at": "2026-09-05 07:30", "thumb": "khai-giang-2026-1002.jpg", "font": "times"},
    ),
]

_BY_SLUG: dict[str, Story] = {s.slug: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/{story.slug}.html"


def _when(story: Story) -> datetime:
    return datetime.strptime(story.opts["at"], "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def newest(cat: str | None = None) -> list[Story]:
    items = [s for s in STORIES if cat is None or s.cat == cat]
    return sorted(items, key=lambda s: (_when(s), s.id), reverse=True)


def related(story: Story) -> list[Story]:
    """"Tin liên quan": the other posts of the category, newest first (paged four a page)."""
    return [s for s in newest(story.cat) if s.id != story.id]


def related_pages(story: Story) -> int:
    return max(1, -(-len(related(story)) // RELATED_PER_PAGE))


def alt_paths(story: Story) -> list[str]:
    """The post under its "Tin liên quan" pager's addresses: the same article."""
    pages = related_pages(story)
    if pages < 2:
        return []
    return [f"{article_path(story)}?p={n}" for n in range(1, pages + 1)]


# --------------------------------------------------------------------------- the gold

GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat], alt_paths=alt_paths(s)) for s in STORIES
]

ALBUMS: dict[str, tuple[str, int]] = {
    "le-khai-giang-nam-hoc-2026-2027": ("Lễ khai giảng năm học 2026 - 2027", 6),
    "hoi-trai-ky-niem-ngay-thanh-lap-doan-26-3": ("Hội trại kỷ niệm ngày thành lập Đoàn 26/3", 5),
    "ngay-hoi-stem-2026": ("Ngày hội STEM năm 2026", 4),
}


def _listing_pages(total: int) -> int:
    return max(1, -(-total // PER_PAGE))


NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc.html",
    *(f"/tin-tuc.html?p={n}" for n in range(2, _listing_pages(len(STORIES)) + 1)),
    *(
        target
        for cat in CATS
        for target in [f"/{cat}.html"]
        + [f"/{cat}.html?p={n}" for n in range(2, _listing_pages(len(newest(cat))) + 1)]
    ),
    "/gioi-thieu.html",
    "/lien-he.html",
    "/van-ban.html",
    "/doi-ngu-giao-vien.html",
    "/thu-vien-anh.html",
    *(f"/album-{slug}.html" for slug in ALBUMS),
    "/video.html",
    "/tim-kiem.html?keyword=n%C4%83m+h%E1%BB%8Dc",
]


# --------------------------------------------------------------------------- rendering helpers

_CK_EXTRA = {"“": "ldquo", "”": "rdquo", "‘": "lsquo", "’": "rsquo", "–": "ndash", "…": "hellip"}


def ck_entities(markup: str) -> str:
    """CKEditor 4's default ``entities`` output: Latin-1 letters and typographic marks as named
    entities (``&ecirc;``, ``&aacute;``, ``&ldquo;``); ơ, ư, đ and the other letters stay raw."""
    out = []
    for ch in markup:
        code = ord(ch)
        if 160 <= code < 256 and code in codepoint2name:
            out.append(f"&{codepoint2name[code]};")
        elif ch in _CK_EXTRA:
            out.append(f"&{_CK_EXTRA[ch]};")
        else:
            out.append(ch)
    return "".join(out)


def shown_time(story: Story) -> str:
    """PHP ``date('d/m/Y h:i A')``: the 12-hour clock the template prints."""
    return _when(story).strftime("%d/%m/%Y %I:%M %p")


def _t(value: str) -> str:
    return esc(value).replace("&#x27;", "'")


def _font(story: Story, inner: str) -> str:
    font = story.opts.get("font")
    if font == "arial":
        return f'<span style="font-size:14px"><span style="font-family:Arial,Helvetica,sans-serif">{inner}</span></span>'
    if font == "times":
        return f'<span style="font-size:16px"><span style="font-family:times new roman,times,serif">{inner}</span></span>'
    return inner


def _img_tag(img: Img) -> str:
    return f'<img alt="" src="{esc(img.src)}" style="width:700px; height:466px" />'


def _image(story: Story, img: Img) -> str:
    tag = _img_tag(img)
    if img.printed is None:
        return f'<p style="text-align:center">{tag}</p>'
    line = _t(img.printed)
    if img.style == "fig":
        return (
            f'<figure class="image" style="display:inline-block">{tag}'
            f"<figcaption>{line}</figcaption></figure>"
        )
    if img.style == "paren":
        return f'<p style="text-align:center">{tag}<br />\n<em>{line}</em></p>'
    if img.style == "span":
        return (
            f'<p style="text-align:center">{tag}</p>\n'
            f'<p style="text-align:center"><span style="font-size:12px"><em>{line}</em></span></p>'
        )
    if img.style == "file":
        return f'<p style="text-align:center">{tag}</p>\n<p style="text-align:center">{line}</p>'
    # "em" and "label": a centred italic line of its own
    return f'<p style="text-align:center">{tag}</p>\n<p style="text-align:center"><em>{line}</em></p>'


def content_html(story: Story) -> str:
    parts: list[str] = []
    blocks = story.blocks
    nbsp = "&nbsp;" if story.opts.get("nbsp") else ""
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"\t<li>{_font(story, _t(blocks[i].text))}</li>")
                i += 1
            parts.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if isinstance(block, P) and block.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                cells = [_t(c) for c in row.text.split(" | ")]
                if row.style == "th":
                    cells = [f"<strong>{c}</strong>" for c in cells]
                rows.append(
                    "\t\t<tr>\n" + "".join(f'\t\t\t<td style="text-align:center">{c}</td>\n' for c in cells) + "\t\t</tr>"
                )
                i += 1
            parts.append(
                '<table align="center" border="1" cellpadding="1" cellspacing="1" style="width:100%">\n'
                "\t<tbody>\n" + "\n".join(rows) + "\n\t</tbody>\n</table>"
            )
            continue
        if isinstance(block, P):
            inner = _t(block.text)
            if block.style in ("b", "h"):
                inner = f"<strong>{inner}</strong>"
            parts.append(f'<p style="text-align:justify">{_font(story, inner)}{nbsp}</p>')
        elif isinstance(block, Img):
            parts.append(_image(story, block))
        else:
            parts.append(block.html)
        i += 1
    return ck_entities("\n\n".join(parts))


def _thumb(story: Story) -> str:
    return f"upload/news/{story.opts['thumb']}"


def _visits(story: Story) -> int:
    return story.views()


# --------------------------------------------------------------------------- page chrome


def _head(request: Request, title: str, *, canonical: str | None = None, og: str = "") -> str:
    base = base_url(request)
    canon = f'\n<link rel="canonical" href="{base}{canonical}" />' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<base href="{base}/" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=0" />
<link href="upload/photo/favicon-8712.png" rel="shortcut icon" type="image/x-icon" />
<meta name="robots" content="index,follow" />
<meta name="author" content="{esc(SITE)}" />
<meta name="copyright" content="{esc(SITE)} [{EMAIL}]" />
<title>{esc(title)}</title>
<meta name="keywords" content="{esc(title)}" />
<meta name="description" content="{esc(title)}" />{og}{canon}
<link href="assets/bootstrap/bootstrap.css?v=2021" rel="stylesheet" />
<link href="assets/fontawesome512/all.css" rel="stylesheet" />
<link href="assets/slick/slick.css" rel="stylesheet" />
<link href="assets/slick/slick-theme.css" rel="stylesheet" />
<link href="assets/fancybox3/jquery.fancybox.css" rel="stylesheet" />
<link href="assets/css/animate.min.css" rel="stylesheet" />
<link href="assets/css/style.css?v=1637743221" rel="stylesheet" />
<link href="assets/css/media.css?v=1637743221" rel="stylesheet" />
<script type="text/javascript">var NN_FRAMEWORK = NN_FRAMEWORK || {{}}; var CONFIG_BASE = '{base}/'; var WEBSITE_NAME = '{esc(SITE)}'; var LANG = {{'no_keywords': 'Chưa nhập từ khóa tìm kiếm'}};</script>
</head>"""


def _menu() -> str:
    cats = "".join(f'<li><a class="transition" href="{c}.html" title="{esc(n)}">{esc(n)}</a></li>' for c, n in CATS.items())
    return f"""<div class="menu">
<div class="wrap-content">
<ul class="menu-main">
<li><a class="transition active" href="" title="Trang chủ">Trang chủ</a></li>
<li class="line"></li>
<li><a class="transition" href="gioi-thieu.html" title="Giới thiệu">Giới thiệu</a></li>
<li class="line"></li>
<li><a class="has-child transition" href="tin-tuc.html" title="Tin tức">Tin tức</a>
<ul>{cats}</ul></li>
<li class="line"></li>
<li><a class="transition" href="van-ban.html" title="Văn bản">Văn bản</a></li>
<li class="line"></li>
<li><a class="transition" href="doi-ngu-giao-vien.html" title="Đội ngũ giáo viên">Đội ngũ giáo viên</a></li>
<li class="line"></li>
<li><a class="transition" href="thu-vien-anh.html" title="Thư viện ảnh">Thư viện ảnh</a></li>
<li class="line"></li>
<li><a class="transition" href="video.html" title="Video">Video</a></li>
<li class="line"></li>
<li><a class="transition" href="lien-he.html" title="Liên hệ">Liên hệ</a></li>
<li class="ml-auto"><div class="search w-clear"><input type="text" id="keyword" placeholder="Nhập từ khóa cần tìm..." onkeypress="doEnter(event,'keyword');" /><p onclick="onSearch('keyword');"><i class="fas fa-search"></i></p></div></li>
</ul>
</div>
</div>"""


def _header() -> str:
    notices = "".join(
        f'<a href="{s.slug}.html" title="{esc(s.title)}"><i class="fas fa-bullhorn"></i> {esc(s.title)}</a>'
        for s in newest("thong-bao")
    )
    return f"""<div class="header">
<div class="header-top">
<div class="wrap-content d-flex align-items-center justify-content-between">
<p class="info-header"><i class="far fa-calendar-alt"></i> {TODAY}</p>
<div class="marquee-header"><marquee behavior="scroll" direction="left" scrollamount="4" onmouseover="this.stop();" onmouseout="this.start();">{notices}</marquee></div>
<ul class="lang-header"><li><a href="lang/vi" title="Tiếng Việt"><img src="assets/images/vi.jpg" alt="Tiếng Việt" /></a></li><li><a href="lang/en" title="English"><img src="assets/images/en.jpg" alt="English" /></a></li></ul>
</div>
</div>
<div class="header-bottom">
<div class="wrap-content d-flex align-items-center">
<a class="logo-header" href=""><img src="upload/photo/logo-thcs-ltk-5521.png" alt="{esc(SITE)}" /></a>
<div class="banner-header">
<p class="name-school">PHƯỜNG LONG XUYÊN</p>
<h1 class="title-school">{esc(SITE).upper()}</h1>
<p class="slogan-header">{esc(SLOGAN)}</p>
</div>
<div class="hotline-header"><p>Hotline hỗ trợ</p><span>{HOTLINE}</span></div>
</div>
</div>
</div>
{_menu()}"""


def _breadcrumbs(items: list[tuple[str, str]]) -> str:
    lis = ['<li class="breadcrumb-item"><a class="text-decoration-none" href=""><span>Trang chủ</span></a></li>']
    for i, (href, label) in enumerate(items):
        active = " active" if i == len(items) - 1 else ""
        lis.append(f'<li class="breadcrumb-item{active}"><a class="text-decoration-none" href="{href}"><span>{esc(label)}</span></a></li>')
    return (
        '<div class="breadCrumbs"><div class="wrap-content"><ol class="breadcrumb">'
        + "".join(lis)
        + "</ol></div></div>"
    )


def _sidebar() -> str:
    cats = "".join(
        f'<li><a href="{c}.html" title="{esc(n)}"><i class="fas fa-caret-right"></i> {esc(n)} <span>({len(newest(c))})</span></a></li>'
        for c, n in CATS.items()
    )
    latest = "".join(
        f'<div class="newshome-item"><a class="newshome-img" href="{s.slug}.html"><img src="thumbs/100x70x1/{_thumb(s)}" alt="{esc(s.title)}" /></a>'
        f'<div class="newshome-info"><h3><a href="{s.slug}.html" title="{esc(s.title)}">{esc(s.title)}</a></h3>'
        f"<p>{_when(s):%d/%m/%Y}</p></div></div>"
        for s in newest()[:5]
    )
    return f"""<div class="right-column">
<div class="box-right"><div class="title-right"><span>Danh mục tin</span></div><ul class="list-danhmuc">{cats}</ul></div>
<div class="box-right"><div class="title-right"><span>Tin mới nhất</span></div><div class="newshome-scroll">{latest}</div></div>
<div class="box-right"><div class="title-right"><span>Video clip</span></div>
<div class="video-right"><iframe width="100%" height="200" src="https://www.youtube.com/embed/Xq9b3TnKp2E" frameborder="0" allowfullscreen></iframe>
<select class="listvideos" onchange="changeVideo(this.value)"><option value="Xq9b3TnKp2E">Ngoại khóa an toàn giao thông 2026</option><option value="Lk3mN8pQa1w">Lễ khai giảng năm học 2026 - 2027</option></select></div></div>
<div class="box-right"><div class="title-right"><span>Fanpage</span></div>
<div class="fanpage-right"><iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fthcslythuongkiet.longxuyen&amp;tabs=timeline&amp;width=300&amp;height=250" width="300" height="250" style="border:none;overflow:hidden" scrolling="no" frameborder="0"></iframe></div></div>
<div class="box-right"><div class="title-right"><span>Thống kê truy cập</span></div>
<ul class="statistic"><li><i class="fas fa-user"></i> Online: <span>5</span></li><li><i class="fas fa-chart-line"></i> Trong ngày: <span>120</span></li><li><i class="fas fa-chart-bar"></i> Tuần này: <span>1.342</span></li><li><i class="fas fa-chart-area"></i> Tháng này: <span>5.870</span></li><li><i class="fas fa-chart-pie"></i> Tổng truy cập: <span>123.456</span></li></ul></div>
</div>"""


def _footer() -> str:
    return f"""<div class="footer">
<div class="footer-article"><div class="wrap-content d-flex flex-wrap justify-content-between">
<div class="footer-news"><h2 class="footer-company">{esc(SITE).upper()}</h2>
<p><i class="fas fa-map-marker-alt"></i> Địa chỉ: {esc(ADDRESS)}</p>
<p><i class="fas fa-phone-alt"></i> Điện thoại: {PHONE} - Hotline: {HOTLINE}</p>
<p><i class="fas fa-envelope"></i> Email: {EMAIL}</p>
<p><i class="fas fa-globe"></i> Website: thcslythuongkiet-longxuyen.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Thầy Đặng Văn Khải - Hiệu trưởng</p></div>
<div class="footer-news"><h2 class="footer-title">Liên kết nhanh</h2>
<ul class="footer-ul"><li><a href="gioi-thieu.html">Giới thiệu</a></li><li><a href="tin-tuc.html">Tin tức</a></li><li><a href="van-ban.html">Văn bản</a></li><li><a href="lien-he.html">Liên hệ</a></li></ul></div>
<div class="footer-news"><h2 class="footer-title">Đăng ký nhận tin</h2>
<form class="newsletter-form" method="post" action="" enctype="multipart/form-data"><input type="email" name="email-newsletter" placeholder="Nhập email của bạn..." required /><input type="submit" name="submit-newsletter" value="Gửi" /><input type="hidden" name="recaptcha_response_newsletter" id="recaptchaResponseNewsletter" /></form></div>
</div></div>
<div class="footer-powered"><div class="wrap-content d-flex justify-content-between">
<p class="copyright">Copyright © 2021 {esc(SITE)}. All rights reserved.</p>
<p class="statistic">Thiết kế website bởi NINA Co., Ltd</p>
</div></div>
</div>
<a class="btn-zalo btn-frame text-decoration-none" target="_blank" href="https://zalo.me/{HOTLINE.replace(" ", "")}"><div class="animated infinite zoomIn kenit-alo-circle"></div><div class="animated infinite pulse kenit-alo-circle-fill"></div><i><img src="assets/images/zl.png" alt="Zalo" /></i></a>
<a class="btn-phone btn-frame text-decoration-none" href="tel:{HOTLINE.replace(" ", "")}"><div class="animated infinite zoomIn kenit-alo-circle"></div><div class="animated infinite pulse kenit-alo-circle-fill"></div><i><img src="assets/images/hl.png" alt="Hotline" /></i></a>
<div class="scrollToTop"><img src="assets/images/top.png" alt="Go Top" /></div>
<script src="assets/js/jquery.min.js"></script>
<script src="assets/slick/slick.min.js"></script>
<script src="assets/fancybox3/jquery.fancybox.js"></script>
<script src="assets/js/wow.min.js"></script>
<script src="assets/js/functions.js"></script>
<script src="assets/js/apps.js?v=1637743221"></script>
<script type="text/javascript" src="//s7.addthis.com/js/300/addthis_widget.js#pubid=ra-5f8d2c1b7e4a9c01"></script>
<script src="https://sp.zalo.me/plugins/sdk.js"></script>"""


def _page(request: Request, title: str, main: str, *, canonical: str | None = None, og: str = "",
          crumbs: list[tuple[str, str]] | None = None, sidebar: bool = True) -> str:
    crumb_html = _breadcrumbs(crumbs) if crumbs else ""
    if sidebar:
        main = f'<div class="wrap-main w-clear"><div class="wrap-content d-flex flex-wrap justify-content-between"><div class="left-column">{main}</div>{_sidebar()}</div></div>'
    else:
        main = f'<div class="wrap-main w-clear"><div class="wrap-content">{main}</div></div>'
    return f"""{_head(request, title, canonical=canonical, og=og)}
<body>
<div id="fb-root"></div>
{_header()}
{crumb_html}
{main}
{_footer()}
</body>
</html>"""


# --------------------------------------------------------------------------- listings


def _item(story: Story) -> str:
    href = f"{story.slug}.html"
    desc = esc(story.summary) if story.summary and story.sapo_outside else ""
    return f"""<div class="news-item">
<a class="news-img scale-img" href="{href}" title="{esc(story.title)}"><img class="lazy w-100" onerror="this.src='thumbs/360x240x2/assets/images/noimage.png';" data-src="thumbs/360x240x1/{_thumb(story)}" src="assets/images/loading.gif" alt="{esc(story.title)}" /></a>
<div class="news-info">
<h3 class="news-name"><a class="text-decoration-none" href="{href}" title="{esc(story.title)}">{esc(story.title)}</a></h3>
<p class="news-date"><i class="far fa-calendar-alt"></i> Ngày đăng: {_when(story):%d/%m/%Y}</p>
<div class="news-desc text-split">{desc}</div>
<a class="news-more" href="{href}">Xem thêm <i class="fas fa-angle-double-right"></i></a>
</div>
</div>"""


def _page_number(request: Request, total_pages: int) -> int:
    raw = request.params.get("p", "1")
    page = int(raw) if raw.isdigit() else 1
    return min(max(page, 1), total_pages)


def pager(request: Request, path: str, page: int, total_pages: int, keep: dict[str, str]) -> str:
    if total_pages < 2:
        return ""
    base = base_url(request)

    def link(n: int) -> str:
        query = "&".join(f"{k}={quote(v)}" for k, v in keep.items() if v)
        return f"{base}{path}?{query + '&' if query else ''}p={n}"

    lis = []
    if page > 1:
        lis.append(f'<li><a class="first" href="{link(1)}">Đầu</a></li>')
        lis.append(f'<li><a class="prev" href="{link(page - 1)}">&laquo;</a></li>')
    for n in range(max(1, page - 2), min(total_pages, page + 2) + 1):
        if n == page:
            lis.append(f'<li><a class="current">{n}</a></li>')
        else:
            lis.append(f'<li><a href="{link(n)}">{n}</a></li>')
    if page < total_pages:
        lis.append(f'<li><a class="next" href="{link(page + 1)}">&raquo;</a></li>')
        lis.append(f'<li><a class="last" href="{link(total_pages)}">Cuối</a></li>')
    return '<div class="pagination"><ul>' + "".join(lis) + "</ul></div>"


def _sorted(items: list[Story], sort: str) -> list[Story]:
    if sort == "cu-nhat":
        return list(reversed(items))
    if sort == "xem-nhieu":
        return sorted(items, key=lambda s: (-s.views(), s.id))
    return items


def listing_items(request: Request, cat: str | None) -> tuple[list[Story], int, int]:
    sort = request.params.get("sort", "")
    items = _sorted(newest(cat), sort if sort in SORTS else "")
    total_pages = _listing_pages(len(items))
    page = _page_number(request, total_pages)
    return items[(page - 1) * PER_PAGE : page * PER_PAGE], page, total_pages


def _listing(request: Request, cat: str | None) -> str:
    path = f"/{cat}.html" if cat else "/tin-tuc.html"
    title = CATS[cat] if cat else "Tin tức"
    shown, page, total_pages = listing_items(request, cat)
    sort = request.params.get("sort", "")
    sort = sort if sort in SORTS else ""
    sorts = " ".join(
        f'<a class="{"active" if key == sort else ""}" href="{path[1:]}?sort={key}">{label}</a>' for key, label in SORTS.items()
    )
    items = "\n".join(_item(s) for s in shown)
    main = f"""<div class="title-main"><span>{esc(title)}</span></div>
<div class="sort-news"><span>Sắp xếp:</span> {sorts}</div>
<div class="content-main w-clear">
{items}
</div>
<div class="clear"></div>
{pager(request, path, page, total_pages, {"sort": sort})}"""
    crumbs = [("tin-tuc.html", "Tin tức")] + ([(f"{cat}.html", title)] if cat else [])
    canon = path + (f"?{request.query}" if request.query else "")
    return _page(request, f"{title} - {SITE}", main, canonical=canon, crumbs=crumbs)


def _search(request: Request) -> str:
    keyword = request.params.get("keyword", "").strip()
    needle = unicodedata.normalize("NFC", keyword).lower()
    found = [s for s in newest() if needle and needle in s.title.lower()]
    total_pages = _listing_pages(len(found))
    page = _page_number(request, total_pages)
    shown = found[(page - 1) * PER_PAGE : page * PER_PAGE]
    if shown:
        body = "\n".join(_item(s) for s in shown)
    else:
        body = '<div class="alert alert-warning" role="alert"><strong>Không tìm thấy kết quả</strong></div>'
    main = f"""<div class="title-main"><span>Tìm kiếm</span></div>
<p class="search-result">Kết quả tìm kiếm cho từ khóa: <b>{esc(keyword)}</b> ({len(found)} kết quả)</p>
<div class="content-main w-clear">
{body}
</div>
{pager(request, "/tim-kiem.html", page, total_pages, {"keyword": keyword})}"""
    return _page(request, f"Tìm kiếm - {SITE}", main, crumbs=[("tim-kiem.html", "Tìm kiếm")])


# --------------------------------------------------------------------------- the post


def _post(request: Request, story: Story) -> str:
    base = base_url(request)
    cat_name = CATS[story.cat]
    others = related(story)
    pages = related_pages(story)
    page = _page_number(request, pages)
    shown = others[(page - 1) * RELATED_PER_PAGE : page * RELATED_PER_PAGE]
    other_items = "\n".join(
        f'<li><a class="text-decoration-none" href="{s.slug}.html" title="{esc(s.title)}">{esc(s.title)}</a> <span>({_when(s):%d/%m/%Y})</span></li>'
        for s in shown
    )
    desc = f"<strong>{esc(story.summary)}</strong>" if story.summary and story.sapo_outside else ""
    og = f"""
<meta property="og:type" content="article" />
<meta property="og:site_name" content="{esc(SITE)}" />
<meta property="og:title" content="{esc(story.title)}" />
<meta property="og:description" content="{esc(story.summary or story.title)}" />
<meta property="og:url" content="{base}{article_path(story)}" />
<meta property="og:image" content="{base}/{_thumb(story)}" />
<meta property="og:image:alt" content="{esc(story.title)}" />"""
    main = f"""<div class="title-main"><span>{esc(cat_name)}</span></div>
<div class="content-main w-clear">
<h2 class="title-news-detail">{esc(story.title)}</h2>
<div class="time-news"><i class="fas fa-calendar-week"></i> <span>Ngày đăng: {shown_time(story)}</span> <span class="view-news"><i class="far fa-eye"></i> Lượt xem: {_visits(story)}</span></div>
<div class="desc-news">{desc}</div>
<div class="content-news w-clear" id="toc-content">
{content_html(story)}
</div>
<div class="share">
<b>Chia sẻ:</b>
<div class="social-plugin w-clear">
<div class="addthis_inline_share_toolbox_qj48"></div>
<div class="zalo-share-button" data-href="{base}{article_path(story)}" data-oaid="579745863508352884" data-layout="3" data-color="blue" data-customize="false"></div>
</div>
</div>
</div>
<div class="othernews">
<h3 class="title-othernews">Tin liên quan</h3>
<ul class="list-news-other">
{other_items}
</ul>
{pager(request, article_path(story), page, pages, {})}
</div>"""
    crumbs = [("tin-tuc.html", "Tin tức"), (f"{story.cat}.html", cat_name), (f"{story.slug}.html", story.title)]
    return _page(request, story.title, main, canonical=article_path(story), og=og, crumbs=crumbs)


# --------------------------------------------------------------------------- standing pages


def _home(request: Request) -> str:
    slides = "".join(
        f'<div><a href="" title="Slideshow"><img src="upload/photo/slide-{n}-{1200 + n * 17}.jpg" alt="Slideshow" /></a></div>'
        for n in range(1, 4)
    )
    latest = newest()[:4]
    news_box = "".join(
        f'<div class="newshome-item"><a class="newshome-img scale-img" href="{s.slug}.html"><img class="lazy" data-src="thumbs/380x250x1/{_thumb(s)}" src="assets/images/loading.gif" alt="{esc(s.title)}" /></a>'
        f'<h3 class="newshome-name"><a href="{s.slug}.html" title="{esc(s.title)}">{esc(s.title)}</a></h3>'
        f'<p class="newshome-time">{_when(s):%d/%m/%Y}</p></div>'
        for s in latest
    )

    def box(cat: str) -> str:
        lis = "".join(
            f'<li><a href="{s.slug}.html" title="{esc(s.title)}">{esc(s.title)}</a> <span>{_when(s):%d/%m/%Y}</span></li>'
            for s in newest(cat)[:4]
        )
        return f'<div class="box-home"><div class="title-box"><a href="{cat}.html">{esc(CATS[cat])}</a></div><ul>{lis}</ul><a class="view-all" href="{cat}.html">Xem tất cả</a></div>'

    albums = "".join(
        f'<div class="album-item"><a href="album-{slug}.html" title="{esc(name)}"><img src="thumbs/300x200x1/upload/product/{slug}-cover.jpg" alt="{esc(name)}" /><h3>{esc(name)}</h3></a></div>'
        for slug, (name, _n) in ALBUMS.items()
    )
    main = f"""<div class="slideshow"><div class="slick-slideshow">{slides}</div></div>
<div class="wrap-newshome"><div class="wrap-content">
<div class="title-main"><span>Tin mới</span></div>
<div class="newshome-slick">{news_box}</div>
<div class="d-flex flex-wrap justify-content-between">{box("thong-bao")}{box("hoat-dong-chuyen-mon")}</div>
</div></div>
<div class="wrap-album"><div class="wrap-content"><div class="title-main"><span>Thư viện ảnh</span></div><div class="album-slick">{albums}</div></div></div>
<div class="wrap-partner"><div class="wrap-content"><div class="partner-slick">
<a href="https://angiang.edu.vn" target="_blank"><img src="upload/photo/doitac-sgd-2011.png" alt="Sở Giáo dục và Đào tạo An Giang" /></a>
<a href="https://moet.gov.vn" target="_blank"><img src="upload/photo/doitac-bgd-2012.png" alt="Bộ Giáo dục và Đào tạo" /></a>
</div></div></div>"""
    return f"""{_head(request, SITE)}
<body>
<div id="fb-root"></div>
{_header()}
{main}
{_footer()}
</body>
</html>"""


_HISTORY = [
    "Trường THCS Lý Thường Kiệt được thành lập năm 1985 trên cơ sở tách ra từ Trường Phổ thông cơ sở Mỹ Long. Những năm đầu, trường chỉ có 12 phòng học cấp bốn với hơn 500 học sinh.",
    "Trải qua hơn 40 năm xây dựng và phát triển, đến nay nhà trường có 32 lớp với hơn 1.100 học sinh, 68 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo.",
    "Trường được công nhận đạt chuẩn quốc gia mức độ 1 năm 2015, kiểm định chất lượng giáo dục cấp độ 3 năm 2022; nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc.",
]


def _about(request: Request) -> str:
    paragraphs = "\n".join(f'<p style="text-align:justify">{ck_entities(_t(p))}</p>' for p in _HISTORY)
    main = f"""<div class="title-main"><span>Giới thiệu</span></div>
<div class="content-main w-clear">
<p style="text-align:center"><img alt="" src="/upload/elfinder/gioi-thieu/toan-canh-truong.jpg" style="width:800px; height:450px" /></p>
{paragraphs}
<p><strong>Ban giám hiệu:</strong> Hiệu trưởng Đặng Văn Khải; Phó Hiệu trưởng Lê Hoàng Phúc, Nguyễn Thị Kim Loan.</p>
</div>
<div class="share"><b>Chia sẻ:</b><div class="social-plugin w-clear"><div class="addthis_inline_share_toolbox_qj48"></div></div></div>"""
    return _page(request, f"Giới thiệu - {SITE}", main, crumbs=[("gioi-thieu.html", "Giới thiệu")])


def _contact(request: Request) -> str:
    main = f"""<div class="title-main"><span>Liên hệ</span></div>
<div class="content-main w-clear">
<div class="top-contact"><div class="article-contact">
<p><strong>{esc(SITE).upper()}</strong></p>
<p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {PHONE}</p><p>Email: {EMAIL}</p></div>
<form class="form-contact validation-contact" novalidate method="post" action="" enctype="multipart/form-data">
<div class="row"><div class="input-contact col-sm-6"><input type="text" class="form-control" id="ten" name="ten" placeholder="Họ tên" required /></div>
<div class="input-contact col-sm-6"><input type="number" class="form-control" id="dienthoai" name="dienthoai" placeholder="Số điện thoại" required /></div></div>
<div class="row"><div class="input-contact col-sm-6"><input type="text" class="form-control" id="diachi" name="diachi" placeholder="Địa chỉ" required /></div>
<div class="input-contact col-sm-6"><input type="email" class="form-control" id="email" name="email" placeholder="Email" required /></div></div>
<div class="input-contact"><input type="text" class="form-control" id="tieude" name="tieude" placeholder="Chủ đề" required /></div>
<div class="input-contact"><textarea class="form-control" id="noidung" name="noidung" placeholder="Nội dung" required></textarea></div>
<div class="input-contact"><input type="file" class="custom-file-input" id="file" name="file" /><label class="custom-file-label" for="file" title="Chọn">Đính kèm tập tin</label></div>
<input type="submit" class="btn btn-primary mr-2" name="submit-contact" value="Gửi" disabled />
<input type="reset" class="btn btn-secondary" value="Nhập lại" />
<input type="hidden" name="recaptcha_response_contact" id="recaptchaResponseContact" />
</form></div>
<div class="bottom-contact"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3924.5!2d105.4366!3d10.3789" width="100%" height="450" style="border:0;" allowfullscreen="" loading="lazy"></iframe></div>
</div>"""
    return _page(request, f"Liên hệ - {SITE}", main, crumbs=[("lien-he.html", "Liên hệ")], sidebar=False)


DOCUMENTS = [
    ("125/KH-THCSLTK", "Kế hoạch kiểm tra cuối học kỳ I năm học 2026 - 2027", "18/11/2026", "ke-hoach-kiem-tra-cuoi-hki-2026-2027.pdf"),
    ("98/KH-THCSLTK", "Kế hoạch giáo dục nhà trường năm học 2026 - 2027", "20/09/2026", "ke-hoach-giao-duc-2026-2027.pdf"),
    ("87/QĐ-THCSLTK", "Quyết định thành lập các tổ chuyên môn năm học 2026 - 2027", "25/08/2026", "qd-thanh-lap-to-chuyen-mon-2026.pdf"),
    ("72/QC-THCSLTK", "Quy chế chi tiêu nội bộ năm 2026", "15/01/2026", "quy-che-chi-tieu-noi-bo-2026.pdf"),
]


def _documents(request: Request) -> str:
    rows = "".join(
        f'<tr><td class="text-center">{n}</td><td>{esc(code)}</td><td>{esc(name)}</td><td class="text-center">{day}</td>'
        f'<td class="text-center"><a href="upload/file/{f}" target="_blank" title="Tải về"><i class="fas fa-download"></i> Tải về</a></td></tr>'
        for n, (code, name, day, f) in enumerate(DOCUMENTS, 1)
    )
    main = f"""<div class="title-main"><span>Văn bản</span></div>
<div class="content-main w-clear"><table class="table table-bordered table-hover table-vanban">
<thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th><th>Tải về</th></tr></thead>
<tbody>{rows}</tbody></table></div>"""
    return _page(request, f"Văn bản - {SITE}", main, crumbs=[("van-ban.html", "Văn bản")])


STAFF = [
    ("Đặng Văn Khải", "Hiệu trưởng", "Toán"),
    ("Lê Hoàng Phúc", "Phó Hiệu trưởng", "Ngữ văn"),
    ("Nguyễn Thị Kim Loan", "Phó Hiệu trưởng", "Tiếng Anh"),
    ("Trần Minh Tâm", "Tổ trưởng Tổ Khoa học Tự nhiên", "Khoa học tự nhiên"),
    ("Nguyễn Thị Thu Hằng", "Giáo viên", "Ngữ văn"),
    ("Trần Thị Mỹ Linh", "Tổng phụ trách Đội", "Âm nhạc"),
]


def _staff(request: Request) -> str:
    cards = "".join(
        f'<div class="staff-item"><p class="staff-img"><img src="thumbs/250x300x1/upload/product/gv-{n}.jpg" alt="{esc(name)}" /></p>'
        f'<h3 class="staff-name">{esc(name)}</h3><p class="staff-pos">Chức vụ: {esc(pos)}</p><p class="staff-sub">Bộ môn: {esc(sub)}</p></div>'
        for n, (name, pos, sub) in enumerate(STAFF, 1)
    )
    main = f'<div class="title-main"><span>Đội ngũ giáo viên</span></div><div class="content-main w-clear d-flex flex-wrap">{cards}</div>'
    return _page(request, f"Đội ngũ giáo viên - {SITE}", main, crumbs=[("doi-ngu-giao-vien.html", "Đội ngũ giáo viên")])


def _albums(request: Request) -> str:
    items = "".join(
        f'<div class="album-item"><a class="album-img scale-img" href="album-{slug}.html" title="{esc(name)}"><img src="thumbs/380x260x1/upload/product/{slug}-cover.jpg" alt="{esc(name)}" /></a>'
        f'<h3 class="album-name"><a href="album-{slug}.html">{esc(name)}</a></h3><p>{count} hình ảnh</p></div>'
        for slug, (name, count) in ALBUMS.items()
    )
    main = f'<div class="title-main"><span>Thư viện ảnh</span></div><div class="content-main w-clear d-flex flex-wrap">{items}</div>'
    return _page(request, f"Thư viện ảnh - {SITE}", main, crumbs=[("thu-vien-anh.html", "Thư viện ảnh")])


def _album(request: Request, slug: str) -> str:
    name, count = ALBUMS[slug]
    photos = "".join(
        f'<a class="photo-item" data-fancybox="gallery" href="upload/product/{slug}-{n}.jpg"><img src="thumbs/300x200x1/upload/product/{slug}-{n}.jpg" alt="{esc(name)}" /></a>'
        for n in range(1, count + 1)
    )
    main = f"""<div class="title-main"><span>Thư viện ảnh</span></div>
<div class="content-main w-clear"><h2 class="title-album-detail">{esc(name)}</h2><div class="album-gallery d-flex flex-wrap">{photos}</div></div>
<div class="share"><b>Chia sẻ:</b><div class="social-plugin w-clear"><div class="addthis_inline_share_toolbox_qj48"></div></div></div>"""
    return _page(request, f"{name} - {SITE}", main, crumbs=[("thu-vien-anh.html", "Thư viện ảnh"), (f"album-{slug}.html", name)])


VIDEOS = [
    ("Xq9b3TnKp2E", "Ngoại khóa an toàn giao thông 2026"),
    ("Lk3mN8pQa1w", "Lễ khai giảng năm học 2026 - 2027"),
    ("Rt7vB2cXz9Q", "Văn nghệ chào mừng ngày Nhà giáo Việt Nam 20/11/2025"),
]


def _videos(request: Request) -> str:
    items = "".join(
        f'<div class="video-item"><a class="video-img" data-fancybox="video" href="https://www.youtube.com/watch?v={vid}" title="{esc(name)}"><img src="https://img.youtube.com/vi/{vid}/0.jpg" alt="{esc(name)}" /></a><h3 class="video-name">{esc(name)}</h3></div>'
        for vid, name in VIDEOS
    )
    main = f'<div class="title-main"><span>Video</span></div><div class="content-main w-clear d-flex flex-wrap">{items}</div>'
    return _page(request, f"Video - {SITE}", main, crumbs=[("video.html", "Video")])


def _not_found(request: Request) -> Response:
    body = f"""{_head(request, "404 Not Found")}
<body><div class="error-page"><div class="wrap-content"><h1>404</h1><p>Trang bạn tìm kiếm không tồn tại hoặc đã bị xóa!</p><a href="{base_url(request)}/">Về trang chủ</a></div></div></body></html>"""
    return html(body, status=404)


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    urls = [("", "1.0", "2026-11-25")]
    urls += [(f"{c}.html", "0.8", "2026-11-25") for c in ["tin-tuc", *CATS]]
    urls += [(p, "0.8", "2021-06-01") for p in ("gioi-thieu.html", "van-ban.html", "doi-ngu-giao-vien.html", "thu-vien-anh.html", "video.html", "lien-he.html")]
    urls += [(f"{s.slug}.html", "1.0", f"{_when(s):%Y-%m-%d}") for s in newest()]
    urls += [(f"album-{slug}.html", "0.6", "2026-09-06") for slug in ALBUMS]
    body = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    body += "".join(
        f"<url><loc>{base}/{loc}</loc><lastmod>{mod}</lastmod><changefreq>daily</changefreq><priority>{pri}</priority></url>\n"
        for loc, pri, mod in urls
    )
    body += "</urlset>\n"
    return Response(200, body, {"Content-Type": "text/xml; charset=utf-8"})


_ROBOTS = "User-agent: *\nDisallow: /admin/\nDisallow: /libraries/\nDisallow: /thumbs/\n\nSitemap: {base}/sitemap.xml\n"
_SLUG = re.compile(r"^/([a-z0-9-]+)\.html$")
_DOC_FILES = {f"/upload/file/{d[3]}" for d in DOCUMENTS}


class NinaSchool:
    """``index.php`` plus the router: the ``.htaccess`` sends every path here."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/upload/file/"):
            if path in _DOC_FILES:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return _not_found(request)
        if path.startswith(("/upload/", "/thumbs/", "/assets/")):
            return static_file(path) or _not_found(request)
        if path == "/robots.txt":
            return Response(200, _ROBOTS.format(base=base_url(request)), {"Content-Type": "text/plain"})
        if path == "/sitemap.xml":
            return _sitemap(request)
        if path in ("/lang/vi", "/lang/en"):
            response = redirect(base_url(request) + "/", 302)
            response.headers["Set-Cookie"] = f"lang={path[-2:]}; path=/"
            return response
        headers = {"Set-Cookie": "PHPSESSID=5k2q8v1m0d7c3r9t4b6n1a8e2f; path=/", "X-Powered-By": "PHP/7.3.33"}
        page = self._route(request)
        if page is None:
            return _not_found(request)
        return html(page, headers=headers)

    def _route(self, request: Request) -> str | None:
        path = request.path
        if path in ("/", "/index.php"):
            return _home(request)
        m = _SLUG.match(path)
        if not m:
            return None
        slug = m.group(1)
        if slug == "tin-tuc":
            return _listing(request, None)
        if slug in CATS:
            return _listing(request, slug)
        if slug in _BY_SLUG:
            return _post(request, _BY_SLUG[slug])
        if slug.startswith("album-") and slug[6:] in ALBUMS:
            return _album(request, slug[6:])
        pages = {
            "gioi-thieu": _about,
            "lien-he": _contact,
            "van-ban": _documents,
            "doi-ngu-giao-vien": _staff,
            "thu-vien-anh": _albums,
            "video": _videos,
            "tim-kiem": _search,
        }
        render = pages.get(slug)
        return render(request) if render else None


def build_site() -> NinaSchool:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return NinaSchool()
