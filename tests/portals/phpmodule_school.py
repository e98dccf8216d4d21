"""Fixture portal: a home-made PHP school site (``index.php?module=…``) as local web studios sold them.

Imitates the sites a provincial web studio built for dozens of schools around 2012–2018 and
never touched again: one ``index.php`` that includes ``modules/<module>.php`` from a query
string, a three-column table layout (``td.cot-trai`` / ``td.cot-giua`` / ``td.cot-phai``) with
``div`` boxes inside (``div.khung-tin``), class names in Vietnamese without accents, an XHTML 1.0
Transitional doctype, the same ``<title>`` on every page ("..:: TRƯỜNG THPT LÝ TỰ TRỌNG - HÀ TĨNH
::..") and ``<base href="http://<host>/">`` in every head (the studio added it when a rewrite rule
for "SEO" URLs broke the relative links). The school: Trường THPT Lý Tự Trọng, tỉnh Hà Tĩnh.

What it serves (all links relative, raw ``&`` in hrefs, as the PHP code echoes them):

- the home page ``/`` (also ``/index.php``): a marquee "Tin mới" and a slideshow "Tin nổi bật"
  linking the rewritten form ``/tin-tuc/<id>/<slug>.html``; three boxes "TIN TỨC - SỰ KIỆN",
  "HOẠT ĐỘNG ĐOÀN - ĐỘI", "THÔNG BÁO", each a big first item (thumbnail + sapo or the text's
  opening) and a list of titles dated "(12/11)" (day/month only), then "Xem tiếp »";
- articles at ``index.php?module=tintuc&act=chitiet&id=N``; listing pages link the same article as
  ``…&id=N&cat=C``; the marquee/slideshow link ``/tin-tuc/N/<slug>.html`` (any slug serves it:
  the rewrite rule only reads the id). The article page: breadcrumb ``div.duong-dan``, the title
  in ``div.tieu-de`` (no heading tag), "Cập nhật lúc 08:30 ngày 12/11/2026" in ``div.ngay-dang``,
  the sapo in ``div.tom-tat`` when the editor filled it, the text in ``div.noi-dung`` (CKEditor
  ``<p>`` and pasted ``<div>`` paragraphs, ``<p>&nbsp;</p>`` spacers, images in centred
  paragraphs with a centred ``<em>`` line under them, a table, a bold right-aligned signature,
  "Nguồn: …" lines), "Lượt xem: N", "Từ khóa:" links (into the search module), the tools "In bài
  | Gửi email | Về đầu trang" and a Facebook share button, and "Các tin khác" (the category's
  six newest other articles, dated "(dd/mm/yyyy)");
- category listings ``index.php?module=tintuc&cat=C`` with ``&p=N``: three articles a page,
  thumbnail, title, date, excerpt, the pager "Trang: [1] 2 3 … Cuối" (a window of two pages
  either side; "Đầu …" first when page 1 is out of the window; the studio's code prints "…"
  before "Cuối" whenever it prints "Cuối", even when no page is skipped; page 1 is linked as
  ``&p=1``) and "Xem tiếp »"; a page past the last answers 200 with "Chưa có tin trong mục
  này";
- chrome: header banner (a Flash object with an image fallback), "Hôm nay: <TODAY>", a search
  box (GET ``module=timkiem&tukhoa=``), a horizontal menu; left column "DANH MỤC", "TIN MỚI CẬP
  NHẬT" (six newest, dated "(dd/mm)") and a "THÀNH VIÊN" login form; right column "VĂN BẢN
  MỚI", "THƯ VIỆN ẢNH", "VIDEO CLIP" (a YouTube iframe), "THỐNG KÊ TRUY CẬP" and "LIÊN KẾT
  WEBSITE" (a ``<select>``); a footer with the address, phone, hotline and the studio's credit;
- non-articles: ``module=gioithieu`` (three static pages, ``&id=2``, ``&id=3``), ``module=vanban``
  (a register table) and ``module=vanban&id=N`` (số hiệu, ngày ban hành, cơ quan ban hành, trích
  yếu, a PDF link), ``module=album`` and ``module=album&id=N`` (photos with captions),
  ``module=lienhe`` (a POST form), ``module=lichcongtac`` (this week's schedule), ``module=
  timkiem&tukhoa=…`` (search results, linked from the "Từ khóa" of articles), the print view
  ``module=tintuc&act=in&id=N`` (``window.print()`` on load) and a soft 404.

Traps and hard cases:

- sessions: the "TIN MỚI CẬP NHẬT" box and the home page's "THÔNG BÁO" box were written
  by hand and append ``&PHPSESSID=<session id>`` to their links: the cookie's id when the
  client sends one, else a fresh id (a hash of the requested URL, so cookieless visits give
  every page its own set of links). Any ``PHPSESSID`` in the query is accepted and ignored
  by the page; every response without a cookie sets one;
- the weekly schedule ``module=lichcongtac&tuan=W&nam=Y`` answers 200 for any week of any year
  (week 0 or 60 is normalised the way ``mktime`` does) and prints "« Tuần trước" / "Tuần sau
  »": it never ends (the menu links the current week, 48/2026, without parameters);
- one article served under three URLs (plain, ``&cat=C``, rewritten ``.html``) plus the
  session variants, and a print view of each; the rewritten form is linked only from the
  marquee (five newest) and the slideshow (four "hot" articles), but answers for every id;
- a deleted notice (id 198) linked from an article's text: 200, the site's chrome and
  "Bài viết không tồn tại hoặc đã bị xóa!" (a soft 404); any unknown id does the same, and an
  unknown module falls back to the home page;
- the charset is declared only by ``<meta http-equiv="Content-Type" … charset=utf-8>``: the
  ``Content-Type`` header says ``text/html`` with no charset (the bytes are UTF-8);
- article 238 was typed with a "Unicode tổ hợp" keyboard setting: its title, text and signature
  are stored decomposed (NFD) on every page that prints them; article 222's text came through
  the old FCKeditor 2 form, which wrote every second non-ASCII character as an entity
  (``&agrave;``, ``&#7897;``), while its title (a plain input) is raw UTF-8;
- no robots.txt, no sitemap, no feed: only links reach the articles.

Gold (by hand). Articles are the ``act=chitiet`` pages. The gold path is the plain
``index.php?module=tintuc&act=chitiet&id=N``: it is the address the article page itself names
(``og:url`` and the Facebook share link; the page prints no ``rel=canonical``); the ``&cat=C``
and rewritten ``.html`` forms are ``alt_paths``. ``PHPSESSID`` variants are *not* listed: a
session id is no part of an address. Judgement calls:

- ``published_at``: the "Cập nhật lúc HH:MM ngày DD/MM/YYYY" line is the only date the page
  prints and is taken as the publication time (+07:00). The listing and box dates agree.
- the sapo (``div.tom-tat``) is the summary and the body's first paragraph; articles without one
  have summary None (the home page's excerpt of their first paragraph is no sapo).
- body: the paragraphs of ``div.noi-dung`` in order, ``<div>`` paragraphs included, numbered
  sub-headings ("1. Đối tượng") and lead-ins ("Một số hình ảnh tại Ngày hội:") included; a
  table's rows are paragraphs with cells joined by " | " (header row included); spacers, the
  captions, the signature and the "Nguồn:" line are not body.
- captions: the centred ``<em>`` line right under a photo, as printed (a trailing "(Ảnh:
  Thiên Vỹ)" kept, and it makes Thiên Vỹ a photographer); photos with no line have caption None.
- bylines: a bold right-aligned last line. "Tổ Ngữ văn" and "Ban Chấp hành Đoàn trường" (a
  teachers' group or the youth union's committee signing) are the authors as printed; a bare
  name is an author; "Tin, ảnh: X" / "Tin và ảnh: X" put X in authors and photographers; "Bài: X
  - Ảnh: Y" splits; "Nguồn: Báo Hà Tĩnh" is the source and names nobody. Notices print no byline
  (authors empty).
- category: the breadcrumb's last link ("Tin tức - Sự kiện", "Hoạt động Đoàn - Đội", "Thông
  báo"), written in title case there (the boxes print it in capitals).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote, quote_plus

from crawler.demo.server import Request, Response, html

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "phpmodule_school"
PLATFORM = "php-module"
START_PATH = "/"

SITE = "Trường THPT Lý Tự Trọng"
SITE_TITLE = "..:: TRƯỜNG THPT LÝ TỰ TRỌNG - HÀ TĨNH ::.."
ADDRESS = "Thôn Trung Hải, xã Cẩm Trung, tỉnh Hà Tĩnh"
PHONE = "0239 3 861 245"
HOTLINE = "0912 486 357"
EMAIL = "c3lytutrong@hatinh.edu.vn"
PER_PAGE = 3
BOX_ITEMS = 5
OTHER_NEWS = 6
LATEST = 6
UP = "/userfiles/images/2026"
TODAY_DATE = date(2026, 11, 25)
SOFT_404_ID = 198

#: category id -> (name as the breadcrumb prints it, box heading in capitals)
CATS: dict[int, tuple[str, str]] = {
    1: ("Tin tức - Sự kiện", "TIN TỨC - SỰ KIỆN"),
    3: ("Hoạt động Đoàn - Đội", "HOẠT ĐỘNG ĐOÀN - ĐỘI"),
    4: ("Thông báo", "THÔNG BÁO"),
}


def _right(line: str, tag: str = "strong", el: str = "p") -> Raw:
    return Raw(f'<{el} style="text-align: right;"><{tag}>{esc(line)}</{tag}></{el}>')


# Story.opts: at (the printed "YYYY-MM-DD HH:MM"), hot (slideshow), tags (Từ khóa), nfd, entities.
# P styles: "" (<p> justified), "div" (<div> paragraph), "b" (bold sub-heading), "th"/"tr" (table
# rows, cells " | "), "link:<id>:<phrase>" (the phrase links to an article id).
# Img styles: "em" (centred image, centred <em> line under it), "br" (image, <br />, <em> line in
# one centred div), "bare" (centred image, no line).
STORIES: list[Story] = [
    Story(
        id=252,
        slug="truong-thpt-ly-tu-trong-long-trong-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title=(
            "Trường THPT Lý Tự Trọng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
            " 20/11"
        ),
        cat="1",
        published_at="2026-11-20T09:45:00+07:00",
        summary=(
            "Sáng ngày 20/11/2026, Trường THPT Lý Tự Trọng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
            " Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương, khen thưởng các tập thể, cá"
            " nhân có thành tích xuất sắc trong phong trào thi đua chào mừng ngày lễ."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự buổi lễ có đồng chí Nguyễn Văn Hải, Phó Chủ tịch UBND xã Cẩm Trung; đại diện"
                " Ban đại diện cha mẹ học sinh nhà trường; các thế hệ thầy cô giáo đã nghỉ hưu cùng"
                " toàn thể cán bộ, giáo viên, nhân viên và hơn 1.300 học sinh."
            ),
            Img(
                f"{UP}/11/le-ky-niem-20-11-2026-1.jpg",
                "Thầy giáo Trần Quốc Việt, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
                "Thầy giáo Trần Quốc Việt, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
                "em",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy giáo Trần Quốc Việt, Hiệu trưởng nhà trường ôn lại truyền"
                " thống vẻ vang của ngành Giáo dục Việt Nam, ghi nhận những nỗ lực của tập thể sư phạm"
                " nhà trường trong năm học 2025 - 2026 với 96,8% học sinh đỗ tốt nghiệp THPT và 27 giải"
                " học sinh giỏi cấp tỉnh."
            ),
            P(
                "Dịp này, nhà trường đã khen thưởng 12 tập thể lớp và 35 cá nhân có thành tích xuất sắc"
                " trong đợt thi đua “Dạy tốt - Học tốt” chào mừng ngày 20/11; trao 20 suất học bổng"
                " “Thắp sáng ước mơ” cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
            ),
            Img(
                f"{UP}/11/le-ky-niem-20-11-2026-2.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11A2",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11A2",
                "em",
            ),
            P(
                "Buổi lễ khép lại trong không khí ấm áp với những tiết mục văn nghệ đặc sắc do học sinh"
                " các lớp dàn dựng, thể hiện lòng biết ơn sâu sắc đối với các thầy cô giáo."
            ),
            Raw("<p>&nbsp;</p>"),
            _right("Tin, ảnh: Nguyễn Thị Hoài Thu"),
        ],
        authors=["Nguyễn Thị Hoài Thu"],
        photographers=["Nguyễn Thị Hoài Thu"],
        opts={"at": "2026-11-20 09:45", "hot": True, "tags": ["Ngày Nhà giáo", "khen thưởng"]},
    ),
    Story(
        id=249,
        slug="lich-kiem-tra-giua-ky-i-nam-hoc-2026-2027",
        title="Lịch kiểm tra giữa kỳ I năm học 2026 - 2027",
        cat="4",
        published_at="2026-11-18T16:20:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027, nhà trường thông báo lịch"
                " kiểm tra giữa kỳ I các môn kiểm tra tập trung như sau:"
            ),
            P("Ngày | Buổi | Khối 10 | Khối 11 | Khối 12", "th"),
            P("Thứ Hai, 23/11/2026 | Sáng | Ngữ văn | Toán | Ngữ văn", "tr"),
            P("Thứ Ba, 24/11/2026 | Sáng | Toán | Ngữ văn | Toán", "tr"),
            P("Thứ Tư, 25/11/2026 | Sáng | Tiếng Anh | Tiếng Anh | Tiếng Anh", "tr"),
            P(
                "Học sinh có mặt tại phòng kiểm tra lúc 7 giờ 00 phút, mang theo thẻ học sinh và đồ dùng"
                " học tập được phép mang vào phòng. Giáo viên coi kiểm tra xem danh sách phân công tại"
                " bảng tin phòng Hội đồng."
            ),
            P("Đề nghị giáo viên chủ nhiệm thông báo đến toàn thể học sinh lớp mình phụ trách."),
        ],
        opts={"at": "2026-11-18 16:20", "tags": []},
    ),
    Story(
        id=247,
        slug="to-ngu-van-sinh-hoat-chuyen-de-day-hoc-doc-hieu-van-ban-nghi-luan",
        title=(
            "Tổ Ngữ văn sinh hoạt chuyên đề “Dạy học đọc hiểu văn bản nghị luận theo hướng phát triển"
            " năng lực”"
        ),
        cat="1",
        published_at="2026-11-16T14:00:00+07:00",
        blocks=[
            P(
                "Chiều ngày 14/11/2026, Tổ Ngữ văn Trường THPT Lý Tự Trọng tổ chức sinh hoạt chuyên đề"
                " “Dạy học đọc hiểu văn bản nghị luận theo hướng phát triển năng lực” với sự tham gia"
                " của đại diện Ban Giám hiệu và toàn thể giáo viên trong tổ.",
                "div",
            ),
            Img(
                f"{UP}/11/chuyen-de-ngu-van-11a4.jpg",
                "Cô giáo Lê Thị Minh Phương thực hiện tiết dạy minh họa tại lớp 11A4",
                "Cô giáo Lê Thị Minh Phương thực hiện tiết dạy minh họa tại lớp 11A4",
                "br",
            ),
            P(
                "Tiết dạy minh họa bài “Chiếu cầu hiền” (Ngô Thì Nhậm) được cô giáo Lê Thị Minh Phương"
                " thiết kế theo chuỗi hoạt động: khởi động, hình thành kiến thức, luyện tập và vận"
                " dụng. Học sinh làm việc nhóm, sử dụng phiếu học tập để phân tích hệ thống luận điểm,"
                " lí lẽ và bằng chứng của văn bản.",
                "div",
            ),
            P(
                "Trong phần thảo luận, các thầy cô đã trao đổi về cách xây dựng câu hỏi đọc hiểu theo"
                " các mức độ nhận biết, thông hiểu, vận dụng; cách tổ chức cho học sinh tự đánh giá và"
                " đánh giá lẫn nhau trong giờ học.",
                "div",
            ),
            P(
                "Chuyên đề là dịp để giáo viên trong tổ chia sẻ kinh nghiệm, góp phần nâng cao chất"
                " lượng dạy học môn Ngữ văn theo Chương trình giáo dục phổ thông 2018.",
                "div",
            ),
            _right("Tổ Ngữ văn", el="div"),
        ],
        authors=["Tổ Ngữ văn"],
        opts={"at": "2026-11-16 14:00", "tags": []},
    ),
    Story(
        id=245,
        slug="doan-truong-phat-dong-phong-trao-ke-hoach-nho-nam-hoc-2026-2027",
        title="Đoàn trường phát động phong trào “Kế hoạch nhỏ” năm học 2026 - 2027",
        cat="3",
        published_at="2026-11-12T08:30:00+07:00",
        summary=(
            "Sáng thứ Hai ngày 09/11/2026, trong giờ chào cờ đầu tuần, Ban Chấp hành Đoàn trường THPT"
            " Lý Tự Trọng đã phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ chai nhựa gây"
            " quỹ “Áo ấm cho em” năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo kế hoạch, mỗi đoàn viên đóng góp tối thiểu 3 kg giấy vụn và 20 vỏ chai nhựa. Các"
                " chi đoàn thu gom, phân loại và tập kết tại khu vực nhà xe giáo viên vào sáng thứ Bảy"
                " hằng tuần, từ nay đến hết ngày 20/12/2026."
            ),
            Img(
                f"{UP}/11/ke-hoach-nho-10a1.jpg",
                "Đoàn viên chi đoàn 10A1 tập kết giấy vụn tại khu vực nhà xe",
                "Đoàn viên chi đoàn 10A1 tập kết giấy vụn tại khu vực nhà xe",
                "em",
            ),
            P(
                "Toàn bộ số tiền thu được sẽ dùng để mua áo ấm, sách vở tặng học sinh có hoàn cảnh khó"
                " khăn của nhà trường và học sinh Trường Tiểu học Cẩm Lạc nhân dịp Tết Nguyên đán Đinh"
                " Mùi 2027."
            ),
            Img(f"{UP}/11/ke-hoach-nho-phan-loai.jpg", None, None, "bare"),
            P(
                "Kết thúc đợt thi đua, Ban Chấp hành Đoàn trường sẽ khen thưởng 5 chi đoàn có kết quả"
                " thu gom cao nhất."
            ),
            _right("Ban Chấp hành Đoàn trường"),
        ],
        authors=["Ban Chấp hành Đoàn trường"],
        opts={"at": "2026-11-12 08:30", "tags": ["Đoàn trường"]},
    ),
    Story(
        id=243,
        slug="hoc-sinh-truong-thpt-ly-tu-trong-dat-14-giai-hoc-sinh-gioi-tinh-lop-12",
        title="Học sinh Trường THPT Lý Tự Trọng đạt 14 giải trong Kỳ thi chọn học sinh giỏi tỉnh lớp 12",
        cat="1",
        published_at="2026-11-09T10:15:00+07:00",
        summary=(
            "Kỳ thi chọn học sinh giỏi tỉnh lớp 12 năm học 2026 - 2027 vừa khép lại, đội tuyển Trường"
            " THPT Lý Tự Trọng đạt 14 giải, trong đó có 2 giải Nhất, 4 giải Nhì, 5 giải Ba và 3 giải"
            " Khuyến khích."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi diễn ra trong hai ngày 28 và 29/10/2026 với 1.426 thí sinh của 65 trường THPT,"
                " trung tâm GDNN - GDTX trên địa bàn tỉnh tham dự ở 12 môn thi."
            ),
            P(
                "Hai giải Nhất thuộc về em Phan Thị Khánh Linh (lớp 12A1, môn Toán) và em Đặng Quốc Bảo"
                " (lớp 12A2, môn Vật lí). Đây là năm thứ ba liên tiếp nhà trường có học sinh đạt giải"
                " Nhất môn Toán."
            ),
            Img(
                f"{UP}/11/hsg-tinh-lop-12-2026.jpg",
                "Thầy Hiệu trưởng Trần Quốc Việt tặng hoa chúc mừng các em học sinh đạt giải (Ảnh: Thiên Vỹ)",
                "Thầy Hiệu trưởng Trần Quốc Việt tặng hoa chúc mừng các em học sinh đạt giải (Ảnh: Thiên Vỹ)",
                "em",
            ),
            P(
                "Theo thầy Trần Quốc Việt, kết quả trên là sự đầu tư bài bản của nhà trường trong công"
                " tác phát hiện, bồi dưỡng học sinh năng khiếu ngay từ lớp 10, cùng sự tận tụy của đội"
                " ngũ giáo viên bồi dưỡng."
            ),
            _right("Nguồn: Báo Hà Tĩnh", "em"),
        ],
        photographers=["Thiên Vỹ"],
        source="Báo Hà Tĩnh",
        opts={"at": "2026-11-09 10:15", "hot": True, "tags": ["học sinh giỏi"]},
    ),
    Story(
        id=240,
        slug="thong-bao-tuyen-chon-hoc-sinh-tham-gia-doi-tuyen-olympic-tieng-anh-cap-tinh",
        title="Thông báo tuyển chọn học sinh tham gia đội tuyển Olympic Tiếng Anh cấp tỉnh",
        cat="4",
        published_at="2026-11-05T07:45:00+07:00",
        blocks=[
            P(
                "Thực hiện Công văn số 1875/SGDĐT-GDTrH ngày 02/11/2026 của Sở Giáo dục và Đào tạo Hà"
                " Tĩnh về việc tổ chức Kỳ thi Olympic Tiếng Anh cấp tỉnh năm học 2026 - 2027, nhà"
                " trường thông báo tuyển chọn học sinh tham gia đội tuyển như sau:"
            ),
            P("1. Đối tượng", "b"),
            P(
                "Học sinh khối 10 và khối 11 có điểm trung bình môn Tiếng Anh năm học 2025 - 2026 từ 8,0"
                " trở lên, có nguyện vọng tham gia đội tuyển."
            ),
            P("2. Thời gian và hình thức tuyển chọn", "b"),
            P(
                "Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 10/11/2026. Bài kiểm tra tuyển chọn"
                " tổ chức vào 14 giờ 00 ngày 12/11/2026 tại phòng Tin học 2, thời gian làm bài 90 phút."
            ),
            P(
                "Danh sách học sinh đạt giải năm học trước xem tại đây.",
                f"link:{SOFT_404_ID}:tại đây",
            ),
        ],
        opts={"at": "2026-11-05 07:45", "tags": []},
    ),
    Story(
        id=238,
        slug="chi-doan-11a3-to-chuc-hanh-trinh-ve-nguon-tai-khu-di-tich-nga-ba-dong-loc",
        title="Chi đoàn 11A3 tổ chức hành trình “Về nguồn” tại Khu di tích Ngã ba Đồng Lộc",
        cat="3",
        published_at="2026-10-30T15:10:00+07:00",
        blocks=[
            P(
                "Nhằm giáo dục truyền thống yêu nước, lòng biết ơn đối với các anh hùng liệt sĩ, ngày"
                " 25/10/2026, Chi đoàn 11A3 đã tổ chức cho 42 đoàn viên tham gia hành trình “Về nguồn”"
                " tại Khu di tích lịch sử Ngã ba Đồng Lộc."
            ),
            Img(
                f"{UP}/10/ve-nguon-dong-loc-11a3.jpg",
                "Đoàn viên Chi đoàn 11A3 dâng hương tại Khu mộ 10 cô gái thanh niên xung phong",
                "Đoàn viên Chi đoàn 11A3 dâng hương tại Khu mộ 10 cô gái thanh niên xung phong",
                "em",
            ),
            P(
                "Tại khu di tích, các đoàn viên đã dâng hương, dâng hoa tưởng niệm 10 nữ anh hùng liệt"
                " sĩ thanh niên xung phong, nghe thuyết minh về những năm tháng chiến đấu ác liệt trên"
                " tuyến đường huyết mạch năm 1968."
            ),
            P(
                "Chuyến đi để lại trong mỗi đoàn viên nhiều cảm xúc, qua đó thêm trân trọng giá trị của"
                " hòa bình, ý thức trách nhiệm học tập, rèn luyện để xứng đáng với thế hệ cha anh."
            ),
            _right("Bài: Trần Đức Mạnh - Ảnh: Lê Khánh Linh"),
        ],
        authors=["Trần Đức Mạnh"],
        photographers=["Lê Khánh Linh"],
        opts={"at": "2026-10-30 15:10", "nfd": True, "tags": ["Đoàn trường"]},
    ),
    Story(
        id=236,
        slug="co-giao-nguyen-thi-thanh-tam-dat-giai-nhat-hoi-thi-giao-vien-day-gioi-cap-tinh",
        title="Cô giáo Nguyễn Thị Thanh Tâm đạt giải Nhất Hội thi giáo viên dạy giỏi cấp tỉnh môn Tiếng Anh",
        cat="1",
        published_at="2026-10-26T16:40:00+07:00",
        blocks=[
            P(
                "Từ ngày 12 đến 22/10/2026, Sở Giáo dục và Đào tạo Hà Tĩnh tổ chức Hội thi giáo viên dạy"
                " giỏi cấp tỉnh bậc THPT năm học 2026 - 2027 với sự tham gia của 186 giáo viên thuộc 12"
                " môn học."
            ),
            P(
                "Với tiết dạy bài học “Global warming” lớp 11, cô giáo Nguyễn Thị Thanh Tâm, giáo viên"
                " Tổ Tiếng Anh đã xuất sắc đạt giải Nhất. Tiết dạy được Ban Giám khảo đánh giá cao ở cách"
                " tổ chức hoạt động giao tiếp, ứng dụng công nghệ thông tin hợp lý và phát huy tính chủ"
                " động của học sinh."
            ),
            Img(
                f"{UP}/10/gvdg-tinh-thanh-tam.jpg",
                "Cô giáo Nguyễn Thị Thanh Tâm (thứ hai từ trái sang) nhận giải Nhất",
                "Cô giáo Nguyễn Thị Thanh Tâm (thứ hai từ trái sang) nhận giải Nhất",
                "em",
            ),
            P(
                "Ngoài giải Nhất của cô Thanh Tâm, nhà trường còn có 2 giáo viên đạt giải Nhì ở môn Hóa"
                " học và môn Lịch sử."
            ),
            _right("Hoàng Minh Tuấn"),
        ],
        authors=["Hoàng Minh Tuấn"],
        opts={"at": "2026-10-26 16:40", "hot": True, "tags": ["giáo viên dạy giỏi"]},
    ),
    Story(
        id=233,
        slug="soi-noi-ngay-hoi-stem-nam-2026",
        title="Sôi nổi Ngày hội STEM năm 2026",
        cat="1",
        published_at="2026-10-20T17:05:00+07:00",
        blocks=[
            P(
                "Ngày 17/10/2026, Trường THPT Lý Tự Trọng tổ chức Ngày hội STEM năm 2026 với chủ đề"
                " “Sáng tạo vì cộng đồng”. 34 lớp tham gia trưng bày hơn 80 sản phẩm như: mô hình tưới"
                " cây tự động, đèn năng lượng mặt trời, máy lọc nước mini, robot phân loại rác…"
            ),
            P(
                "Ban tổ chức đã trao 3 giải Nhất cho các sản phẩm “Hệ thống tưới cây thông minh” (lớp"
                " 11A1), “Xe điều khiển bằng giọng nói” (lớp 12A3) và “Máy lọc nước từ vật liệu tái chế”"
                " (lớp 10A5)."
            ),
            P("Một số hình ảnh tại Ngày hội:"),
            Img(f"{UP}/10/ngay-hoi-stem-01.jpg", None, None, "bare"),
            Img(f"{UP}/10/ngay-hoi-stem-02.jpg", None, None, "bare"),
            Img(f"{UP}/10/ngay-hoi-stem-03.jpg", None, None, "bare"),
            _right("Tin, ảnh: Phạm Quang Huy"),
        ],
        authors=["Phạm Quang Huy"],
        photographers=["Phạm Quang Huy"],
        opts={"at": "2026-10-20 17:05", "tags": []},
    ),
    Story(
        id=231,
        slug="thong-bao-to-chuc-hoi-nghi-cha-me-hoc-sinh-dau-nam-hoc-2026-2027",
        title="Thông báo tổ chức Hội nghị cha mẹ học sinh đầu năm học 2026 - 2027",
        cat="4",
        published_at="2026-10-14T11:00:00+07:00",
        blocks=[
            P(
                "Nhà trường tổ chức Hội nghị cha mẹ học sinh đầu năm học 2026 - 2027 vào lúc 7 giờ 30"
                " phút, Chủ nhật ngày 18/10/2026."
            ),
            P("- Từ 7 giờ 30 đến 8 giờ 30: Hội nghị toàn thể tại hội trường nhà trường.", "div"),
            P("- Từ 8 giờ 30: Họp cha mẹ học sinh tại phòng học của các lớp.", "div"),
            P("Kính mời quý phụ huynh sắp xếp thời gian tham dự đầy đủ, đúng giờ."),
        ],
        opts={"at": "2026-10-14 11:00", "tags": []},
    ),
    Story(
        id=229,
        slug="dai-hoi-doan-truong-thpt-ly-tu-trong-lan-thu-xxv-nhiem-ky-2026-2027",
        title="Đại hội Đoàn trường THPT Lý Tự Trọng lần thứ XXV, nhiệm kỳ 2026 - 2027",
        cat="3",
        published_at="2026-10-08T20:15:00+07:00",
        summary=(
            "Ngày 06/10/2026, Đoàn trường THPT Lý Tự Trọng long trọng tổ chức Đại hội đại biểu lần"
            " thứ XXV, nhiệm kỳ 2026 - 2027 với sự tham dự của 150 đại biểu đại diện cho hơn 1.300"
            " đoàn viên của 36 chi đoàn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đại hội đã đánh giá kết quả thực hiện nghị quyết nhiệm kỳ 2025 - 2026: 100% chi đoàn"
                " tổ chức sinh hoạt chủ điểm hằng tháng, kết nạp 215 đoàn viên mới, tổ chức thành công"
                " nhiều hoạt động tình nguyện, văn nghệ, thể dục thể thao."
            ),
            Img(
                f"{UP}/10/dai-hoi-doan-truong-1.jpg",
                "Đồng chí Bí thư Đoàn xã Cẩm Trung phát biểu chỉ đạo Đại hội",
                "Đồng chí Bí thư Đoàn xã Cẩm Trung phát biểu chỉ đạo Đại hội",
                "em",
            ),
            P(
                "Đại hội đã bầu Ban Chấp hành Đoàn trường nhiệm kỳ 2026 - 2027 gồm 15 đồng chí; đồng chí"
                " Nguyễn Hoàng Nam tiếp tục được tín nhiệm bầu giữ chức Bí thư Đoàn trường."
            ),
            Img(
                f"{UP}/10/dai-hoi-doan-truong-2.jpg",
                "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "em",
            ),
            _right("Phan Thu Hà"),
        ],
        authors=["Phan Thu Hà"],
        opts={"at": "2026-10-08 20:15", "hot": True, "tags": ["Đoàn trường"]},
    ),
    Story(
        id=226,
        slug="ron-rang-le-khai-giang-nam-hoc-moi-2026-2027",
        title="Rộn ràng Lễ khai giảng năm học mới 2026 - 2027",
        cat="1",
        published_at="2026-09-05T11:20:00+07:00",
        summary=(
            "Sáng ngày 05/9/2026, cùng với hàng triệu học sinh cả nước, hơn 1.300 học sinh Trường THPT"
            " Lý Tự Trọng hân hoan bước vào năm học mới 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2026 - 2027, nhà trường có 36 lớp với 1.342 học sinh, trong đó có 12 lớp 10 với"
                " 456 học sinh mới trúng tuyển. Đội ngũ cán bộ, giáo viên, nhân viên gồm 84 người, 100%"
                " giáo viên đạt chuẩn, 31% có trình độ trên chuẩn."
            ),
            Img(
                f"{UP}/09/khai-giang-2026-2027.jpg",
                "Các em học sinh lớp 10 tham gia lễ diễu hành chào năm học mới",
                "Các em học sinh lớp 10 tham gia lễ diễu hành chào năm học mới",
                "em",
            ),
            P(
                "Tại buổi lễ, thầy giáo Trần Quốc Việt, Hiệu trưởng nhà trường đã đọc thư của Chủ tịch"
                " nước gửi ngành Giáo dục nhân dịp khai giảng năm học mới và phát động phong trào thi"
                " đua “Dạy tốt - Học tốt” năm học 2026 - 2027."
            ),
            P(
                "Trong không khí phấn khởi, thầy Hiệu trưởng đã đánh hồi trống khai trường, chính thức"
                " mở đầu năm học mới."
            ),
            _right("Tin và ảnh: Võ Thị Thanh Hương"),
        ],
        authors=["Võ Thị Thanh Hương"],
        photographers=["Võ Thị Thanh Hương"],
        opts={"at": "2026-09-05 11:20", "tags": []},
    ),
    Story(
        id=222,
        slug="hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027",
        title="Hội nghị triển khai nhiệm vụ năm học 2026 - 2027",
        cat="1",
        published_at="2026-08-28T14:30:00+07:00",
        blocks=[
            P(
                "Chiều ngày 26/8/2026, Trường THPT Lý Tự Trọng tổ chức Hội nghị triển khai nhiệm vụ năm"
                " học 2026 - 2027 cho toàn thể cán bộ, giáo viên, nhân viên."
            ),
            P(
                "Hội nghị đã quán triệt các văn bản chỉ đạo của Bộ, Sở Giáo dục và Đào tạo về nhiệm vụ"
                " năm học; thông qua Kế hoạch giáo dục nhà trường, kế hoạch dạy thêm, học thêm và phân"
                " công chuyên môn năm học 2026 - 2027."
            ),
            Img(f"{UP}/08/hoi-nghi-trien-khai-nhiem-vu.jpg", "Quang cảnh Hội nghị", "Quang cảnh Hội nghị", "em"),
            P(
                "Năm học 2026 - 2027, nhà trường đặt mục tiêu tỉ lệ tốt nghiệp THPT đạt 98% trở lên, duy"
                " trì vị trí trong tốp 15 trường có điểm thi tốt nghiệp cao nhất tỉnh và tiếp tục giữ"
                " vững danh hiệu Tập thể lao động xuất sắc."
            ),
        ],
        opts={"at": "2026-08-28 14:30", "entities": 2, "tags": []},
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def newest(cat: int | None = None) -> list[Story]:
    return sorted((s for s in STORIES if cat is None or int(s.cat) == cat), key=lambda s: s.id, reverse=True)


def article_path(story: Story) -> str:
    """The plain address the article names as its own (og:url, share link)."""
    return f"/index.php?module=tintuc&act=chitiet&id={story.id}"


def cat_variant(story: Story) -> str:
    return f"/index.php?module=tintuc&act=chitiet&id={story.id}&cat={story.cat}"


def seo_path(story: Story) -> str:
    return f"/tin-tuc/{story.id}/{story.slug}.html"


def category_name(story: Story) -> str:
    return CATS[int(story.cat)][0]


def listing_path(cat: int, page: int = 1) -> str:
    return f"/index.php?module=tintuc&cat={cat}" + (f"&p={page}" if page > 1 else "")


def pages_of(cat: int) -> int:
    return max(1, -(-len(newest(cat)) // PER_PAGE))


def search_path(word: str) -> str:
    return f"/index.php?module=timkiem&tukhoa={quote_plus(word)}"


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, article_path(s), category_name(s), alt_paths=[cat_variant(s), seo_path(s)])
    for s in STORIES
]


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    issued: str
    issuer: str
    kind: str
    title: str
    file: str


DOCS: list[Doc] = [
    Doc(
        17, "215/QĐ-THPTLTT", "02/11/2026", SITE, "Quyết định",
        "Quyết định thành lập Ban tổ chức Kỳ thi chọn học sinh giỏi cấp trường năm học 2026 - 2027",
        "upload/vanban/215-qd-thptltt.pdf",
    ),
    Doc(
        16, "168/KH-THPTLTT", "25/08/2026", SITE, "Kế hoạch",
        "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
        "upload/vanban/168-kh-thptltt-ke-hoach-giao-duc.pdf",
    ),
    Doc(
        15, "1520/SGDĐT-GDTrH", "20/08/2026", "Sở GD&ĐT Hà Tĩnh", "Công văn",
        "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026 - 2027",
        "upload/vanban/1520-sgddt-gdtrh.pdf",
    ),
]

#: album id -> (title, date, [(photo, caption)])
ALBUMS: dict[int, tuple[str, str, list[tuple[str, str]]]] = {
    8: (
        "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026",
        "20/11/2026",
        [
            ("upload/album/8/01.jpg", "Các thầy cô giáo nghỉ hưu về dự lễ"),
            ("upload/album/8/02.jpg", "Học sinh tặng hoa các thầy cô giáo"),
            ("upload/album/8/03.jpg", "Văn nghệ chào mừng"),
            ("upload/album/8/04.jpg", "Khen thưởng các tập thể lớp xuất sắc"),
        ],
    ),
    7: (
        "Lễ khai giảng năm học 2026 - 2027",
        "05/09/2026",
        [
            ("upload/album/7/01.jpg", "Lễ chào cờ"),
            ("upload/album/7/02.jpg", "Học sinh lớp 10 diễu hành"),
            ("upload/album/7/03.jpg", "Đánh trống khai trường"),
        ],
    ),
}

#: static pages of module=gioithieu: id -> (title, paragraphs)
INTRO: dict[int, tuple[str, tuple[str, ...]]] = {
    1: (
        "Lịch sử hình thành và phát triển",
        (
            "Trường THPT Lý Tự Trọng được thành lập ngày 15/8/1972, tiền thân là Trường cấp III Cẩm"
            " Xuyên B. Trải qua hơn 50 năm xây dựng và trưởng thành, nhà trường đã đào tạo hơn 25.000"
            " học sinh, nhiều thế hệ học sinh đã trở thành cán bộ, nhà khoa học, doanh nhân thành đạt.",
            "Nhà trường được công nhận đạt chuẩn quốc gia năm 2015, được Chủ tịch nước tặng Huân chương"
            " Lao động hạng Ba năm 2017.",
        ),
    ),
    2: (
        "Cơ cấu tổ chức",
        (
            "Ban Giám hiệu: Hiệu trưởng thầy giáo Trần Quốc Việt; các Phó Hiệu trưởng: cô giáo Đặng Thị"
            " Mai Anh, thầy giáo Nguyễn Hữu Lộc.",
            "Nhà trường có 6 tổ chuyên môn: Toán - Tin, Ngữ văn, Ngoại ngữ, Khoa học tự nhiên, Khoa học"
            " xã hội, Giáo dục thể chất - Quốc phòng và tổ Văn phòng.",
        ),
    ),
    3: (
        "Thành tích nổi bật",
        (
            "Năm học 2025 - 2026: 27 giải học sinh giỏi cấp tỉnh, 2 giải học sinh giỏi quốc gia; tỉ lệ"
            " tốt nghiệp THPT đạt 96,8%.",
            "Tập thể lao động xuất sắc nhiều năm liền; Cờ thi đua của UBND tỉnh năm 2024.",
        ),
    ),
}

SCHEDULE: dict[tuple[int, int], list[tuple[str, str, str]]] = {
    (2026, 46): [
        ("Thứ Hai 09/11", "7h00", "Chào cờ đầu tuần; Đoàn trường phát động phong trào “Kế hoạch nhỏ”"),
        ("Thứ Bảy 14/11", "14h00", "Tổ Ngữ văn sinh hoạt chuyên đề tại lớp 11A4"),
    ],
    (2026, 47): [
        ("Thứ Hai 16/11", "7h00", "Chào cờ; phát động tuần thi đua chào mừng ngày 20/11"),
        ("Thứ Sáu 20/11", "7h30", "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam tại hội trường"),
    ],
    (2026, 48): [
        ("Thứ Hai 23/11", "7h00", "Kiểm tra giữa kỳ I môn Ngữ văn (khối 10, 12), Toán (khối 11)"),
        ("Thứ Ba 24/11", "7h00", "Kiểm tra giữa kỳ I môn Toán (khối 10, 12), Ngữ văn (khối 11)"),
        ("Thứ Tư 25/11", "7h00", "Kiểm tra giữa kỳ I môn Tiếng Anh"),
        ("Thứ Sáu 27/11", "14h00", "Họp Hội đồng sư phạm tháng 11"),
    ],
    (2026, 49): [("Thứ Hai 30/11", "7h00", "Chào cờ; sơ kết thi đua đợt 1")],
}
THIS_WEEK = TODAY_DATE.isocalendar()[:2]

TAGS = sorted({t for s in STORIES for t in s.opts["tags"]})

NON_ARTICLES: list[str] = [
    "/",
    "/index.php",
    *(listing_path(c, p) for c in CATS for p in range(1, pages_of(c) + 1)),
    *(f"{listing_path(c)}&p=1" for c in CATS if pages_of(c) > 1),
    "/index.php?module=gioithieu",
    "/index.php?module=gioithieu&id=2",
    "/index.php?module=gioithieu&id=3",
    "/index.php?module=vanban",
    *(f"/index.php?module=vanban&id={d.id}" for d in DOCS),
    "/index.php?module=album",
    *(f"/index.php?module=album&id={a}" for a in ALBUMS),
    "/index.php?module=lienhe",
    "/index.php?module=lichcongtac",
    *(search_path(t) for t in TAGS),
    *(f"/index.php?module=tintuc&act=in&id={s.id}" for s in STORIES),
    f"/index.php?module=tintuc&act=chitiet&id={SOFT_404_ID}",
]


# --------------------------------------------------------------------------- rendering


def _when(story: Story) -> datetime:
    return datetime.strptime(story.opts["at"], "%Y-%m-%d %H:%M")


def _t(value: str, story: Story | None = None) -> str:
    if story is None:
        return text(value)
    return text(value, nfd=bool(story.opts.get("nfd")), entities=story.opts.get("entities", 0))


def _title(story: Story) -> str:
    """The title (or sapo) as stored: typed in a plain input, so decomposed only when the keyboard
    wrote NFD; the old editor's character references are in the text field only."""
    return text(story.title, nfd=bool(story.opts.get("nfd")))


def _plain(value: str, story: Story) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _raw(markup: str, story: Story) -> str:
    """A signature line stored the way the rest of the story was stored."""
    if story.opts.get("nfd"):
        return unicodedata.normalize("NFD", markup)
    if story.opts.get("entities"):
        return entity_mix(markup, story.opts["entities"])
    return markup


def _sid(request: Request) -> tuple[str, bool]:
    """The PHP session id: the cookie's, a ``PHPSESSID`` in the query, else a new one."""
    cookie = request.headers.get("Cookie", "") or request.headers.get("cookie", "")
    m = re.search(r"PHPSESSID=([0-9a-z]+)", cookie)
    if m:
        return m.group(1), False
    if request.params.get("PHPSESSID"):
        return request.params["PHPSESSID"], True
    return hashlib.md5(request.target.encode()).hexdigest()[:26], True


def _img(img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 500px; height: 333px;" />'
    if img.style == "br":
        return f'<div style="text-align: center;">{tag}<br />\n<em>{text(img.printed or "")}</em></div>'
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{text(img.printed)}</em></p>'
    return out


def _body(story: Story) -> str:
    parts: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    row = "".join(f"<td style=\"text-align: center;\"><strong>{_t(c, story)}</strong></td>" for c in cells)
                else:
                    row = "".join(f"<td>{_t(c, story)}</td>" for c in cells)
                rows.append(f"<tr>{row}</tr>")
                i += 1
            parts.append(
                '<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;">\n<tbody>\n'
                + "\n".join(rows)
                + "\n</tbody>\n</table>"
            )
            continue
        if isinstance(b, P):
            if b.style.startswith("link:"):
                _, target, phrase = b.style.split(":", 2)
                before, after = b.text.split(phrase, 1)
                inner = (
                    f'{_t(before, story)}<a href="index.php?module=tintuc&act=chitiet&id={target}">'
                    f"{_t(phrase, story)}</a>{_t(after, story)}"
                )
                parts.append(f'<p style="text-align: justify;">{inner}</p>')
            elif b.style == "div":
                parts.append(f'<div style="text-align: justify;">{_t(b.text, story)}</div>')
            elif b.style == "b":
                parts.append(f"<p><strong>{_t(b.text, story)}</strong></p>")
            else:
                parts.append(f'<p style="text-align: justify;">{_t(b.text, story)}</p>')
        elif isinstance(b, Img):
            parts.append(_raw(_img(b), story))
        else:
            parts.append(_raw(b.html, story))
        i += 1
    return "\n".join(parts)


def _excerpt(story: Story, limit: int = 180) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= limit else first[:limit].rsplit(" ", 1)[0] + "..."


def _thumb(story: Story) -> str:
    return story.images[0].src.lstrip("/") if story.images else "images/no-image.jpg"


def _dm(story: Story) -> str:
    return f"({_when(story):%d/%m})"


def _dmy(story: Story) -> str:
    return f"({_when(story):%d/%m/%Y})"


def _a(story: Story, form: str = "plain", sid: str = "") -> str:
    if form == "cat":
        href = cat_variant(story).lstrip("/")
    elif form == "seo":
        href = seo_path(story).lstrip("/")
    else:
        href = article_path(story).lstrip("/")
    if sid:
        href += f"&PHPSESSID={sid}"
    return href


def _box(title: str, inner: str, cls: str = "khung-tin") -> str:
    return f'<div class="{cls}">\n<div class="tieu-de-khung">{esc(title)}</div>\n<div class="ruot-khung">{inner}</div>\n</div>'


def _left(sid: str) -> str:
    menu = "".join(
        f'<li><a href="index.php?module=tintuc&cat={c}">{esc(name)}</a></li>' for c, (name, _) in CATS.items()
    )
    menu += '<li><a href="index.php?module=vanban">Văn bản</a></li><li><a href="index.php?module=album">Thư viện ảnh</a></li>'
    latest = "".join(
        f'<li><a href="{_a(s, sid=sid)}">{_title(s)}</a> <span class="ngay-dang-nho">{_dm(s)}</span></li>'
        for s in newest()[:LATEST]
    )
    login = (
        '<form name="frmDangNhap" method="post" action="index.php?module=thanhvien&act=dangnhap">'
        '<table cellpadding="2" cellspacing="0"><tr><td>Tên đăng nhập:</td></tr><tr><td><input type="text" name="txtUser" size="18" /></td></tr>'
        '<tr><td>Mật khẩu:</td></tr><tr><td><input type="password" name="txtPass" size="18" /></td></tr>'
        '<tr><td><input type="submit" value="Đăng nhập" class="nut" /></td></tr></table></form>'
    )
    return (
        _box("DANH MỤC", f'<ul class="menu-doc">{menu}</ul>')
        + _box("TIN MỚI CẬP NHẬT", f'<ul class="ds-tin-moi">{latest}</ul>')
        + _box("THÀNH VIÊN", login)
    )


def _right_col() -> str:
    docs = "".join(
        f'<li><a href="index.php?module=vanban&id={d.id}">{esc(d.number)}</a>: {esc(d.title)}</li>' for d in DOCS
    )
    albums = "".join(
        f'<div class="anh-nho"><a href="index.php?module=album&id={a}"><img src="{photos[0][0]}" width="200" height="130" alt="" /></a>'
        f'<br /><a href="index.php?module=album&id={a}">{esc(t)}</a></div>'
        for a, (t, _, photos) in ALBUMS.items()
    )
    video = (
        '<iframe width="210" height="160" src="https://www.youtube.com/embed/Xc5pQ7vN2sE" frameborder="0"'
        ' allowfullscreen></iframe><div class="chu-thich-video">Phóng sự: Trường THPT Lý Tự Trọng 50 năm xây dựng và trưởng thành</div>'
    )
    counter = (
        '<table class="thong-ke" width="100%"><tr><td>Đang online:</td><td align="right">27</td></tr>'
        '<tr><td>Hôm nay:</td><td align="right">412</td></tr><tr><td>Hôm qua:</td><td align="right">538</td></tr>'
        '<tr><td>Tổng truy cập:</td><td align="right">1.284.905</td></tr></table>'
    )
    links = (
        '<select name="lienket" style="width: 200px;" onchange="if(this.value!=\'\') window.open(this.value);">'
        '<option value="">--- Liên kết website ---</option>'
        '<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="http://hatinh.edu.vn">Sở GD&amp;ĐT Hà Tĩnh</option>'
        '<option value="http://baohatinh.vn">Báo Hà Tĩnh</option>'
        '<option value="http://violet.vn">Thư viện Violet</option></select>'
    )
    return (
        _box("VĂN BẢN MỚI", f'<ul class="ds-van-ban">{docs}</ul>')
        + _box("THƯ VIỆN ẢNH", albums)
        + _box("VIDEO CLIP", video)
        + _box("THỐNG KÊ TRUY CẬP", counter)
        + _box("LIÊN KẾT WEBSITE", links)
    )


def _page(request: Request, main: str, sid: str, head: str = "", onload: str = "") -> str:
    base = base_url(request)
    menu = (
        '<a href="index.php">Trang chủ</a> | <a href="index.php?module=gioithieu">Giới thiệu</a> | '
        + " | ".join(f'<a href="index.php?module=tintuc&cat={c}">{esc(n)}</a>' for c, (n, _) in CATS.items())
        + ' | <a href="index.php?module=vanban">Văn bản</a> | <a href="index.php?module=lichcongtac">Lịch công tác</a>'
        ' | <a href="index.php?module=album">Thư viện ảnh</a> | <a href="index.php?module=lienhe">Liên hệ</a>'
    )
    ticker = " &nbsp;&nbsp;&bull;&nbsp;&nbsp; ".join(
        f'<a href="{_a(s, "seo")}">{_title(s)}</a>' for s in newest()[:5]
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(SITE_TITLE)}</title>
<base href="{base}/" />
<meta name="keywords" content="THPT Lý Tự Trọng, Hà Tĩnh, trường học, giáo dục" />
<meta name="description" content="Website Trường THPT Lý Tự Trọng - Hà Tĩnh" />
{head}<link href="css/style.css" rel="stylesheet" type="text/css" />
<link rel="shortcut icon" href="images/favicon.ico" />
<script type="text/javascript" src="js/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="js/swfobject.js"></script>
</head>
<body{onload}>
<a name="top"></a>
<div id="khung-ngoai">
<div id="dau-trang"><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="1000" height="180">
<param name="movie" value="images/banner.swf" /><param name="wmode" value="transparent" />
<img src="images/banner.jpg" width="1000" height="180" alt="Trường THPT Lý Tự Trọng" /></object></div>
<div id="menu-ngang">{menu}</div>
<table width="1000" cellpadding="0" cellspacing="0" id="thanh-ngay"><tr>
<td class="ngay-hom-nay">Hôm nay: {TODAY}</td>
<td align="right"><form name="frmTimKiem" method="get" action="index.php"><input type="hidden" name="module" value="timkiem" />
<input type="text" name="tukhoa" value="Nhập từ khóa..." onfocus="this.value=''" size="25" /> <input type="submit" value="Tìm kiếm" class="nut" /></form></td>
</tr></table>
<div id="tin-chay"><b>TIN MỚI:</b> <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{ticker}</marquee></div>
<table width="1000" cellpadding="0" cellspacing="0" id="than-trang"><tr>
<td class="cot-trai" valign="top" width="210">
{_left(sid)}
</td>
<td class="cot-giua" valign="top">
{main}
</td>
<td class="cot-phai" valign="top" width="220">
{_right_col()}
</td>
</tr></table>
<div id="chan-trang">
<div class="ten-truong">{esc(SITE.upper())} - HÀ TĨNH</div>
<div>Địa chỉ: {esc(ADDRESS)}</div>
<div>Điện thoại: {PHONE} - Hotline: {HOTLINE} - Email: {EMAIL}</div>
<div>Bản quyền &copy; 2012 {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div>
<div class="thiet-ke">Thiết kế bởi <a href="http://webhonglinh.vn" target="_blank">Công ty TNHH Giải pháp Web Hồng Lĩnh</a></div>
</div>
</div>
</body>
</html>"""


def _crumbs(*items: tuple[str | None, str]) -> str:
    parts = ['<a href="index.php">Trang chủ</a>']
    for href, label in items:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return f'<div class="duong-dan">{" &raquo; ".join(parts)}</div>'


def _home(request: Request, sid: str) -> str:
    hot = [s for s in newest() if s.opts.get("hot")]
    slides = "".join(
        f'<div class="slide"><a href="{_a(s, "seo")}"><img src="{_thumb(s)}" width="480" height="300" alt="" /></a>'
        f'<div class="slide-tieu-de"><a href="{_a(s, "seo")}">{_title(s)}</a></div></div>'
        for s in hot
    )
    boxes = []
    for c, (_name, upper) in CATS.items():
        items = newest(c)[:BOX_ITEMS]
        use_sid = sid if c == 4 else ""
        first = items[0]
        big = (
            f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td width="160" valign="top">'
            f'<a href="{_a(first, sid=use_sid)}"><img src="{_thumb(first)}" width="150" height="100" class="anh-tin" alt="" /></a></td>'
            f'<td valign="top"><a class="tieu-de-tin" href="{_a(first, sid=use_sid)}">{_title(first)}</a>'
            f'<div class="tom-tat-nho">{_plain(_excerpt(first), first)}</div></td></tr></table>'
        )
        rest = "".join(
            f'<li><a href="{_a(s, sid=use_sid)}">{_title(s)}</a> <span class="ngay-dang-nho">{_dm(s)}</span></li>'
            for s in items[1:]
        )
        more = f'<div class="xem-tiep"><a href="index.php?module=tintuc&cat={c}">Xem tiếp &raquo;</a></div>'
        boxes.append(_box(upper, f'{big}<ul class="ds-tin">{rest}</ul>{more}'))
    main = f'<div class="khung-tin" id="tin-noi-bat"><div class="tieu-de-khung">TIN NỔI BẬT</div><div id="slideshow">{slides}</div></div>\n' + "\n".join(boxes)
    return _page(request, main, sid)


def _article(request: Request, story: Story, sid: str) -> str:
    c = int(story.cat)
    base = base_url(request)
    own = base + article_path(story)
    head = (
        f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{_title(story)}" />\n'
        f'<meta property="og:url" content="{esc(own)}" />\n'
        + (f'<meta property="og:image" content="{base}/{_thumb(story)}" />\n' if story.images else "")
    )
    sapo = f'<div class="tom-tat">{_plain(story.summary, story)}</div>\n' if story.summary else ""
    tags = ""
    if story.opts["tags"]:
        tags = '<div class="tu-khoa">Từ khóa: ' + ", ".join(
            f'<a href="{search_path(t).lstrip("/")}">{esc(t)}</a>' for t in story.opts["tags"]
        ) + "</div>\n"
    others = [s for s in newest(c) if s.id != story.id][:OTHER_NEWS]
    other_html = "".join(
        f'<li><a href="{_a(s)}">{_title(s)}</a> <span class="ngay">{_dmy(s)}</span></li>' for s in others
    )
    when = _when(story)
    mail = f"mailto:?subject={quote(story.title)}&amp;body={quote(own)}"
    main = f"""{_crumbs((f"index.php?module=tintuc&cat={c}", CATS[c][0]))}
<div class="khung-chi-tiet">
<div class="tieu-de">{_title(story)}</div>
<div class="ngay-dang">Cập nhật lúc {when:%H:%M} ngày {when:%d/%m/%Y}</div>
{sapo}<div class="noi-dung">
{_body(story)}
</div>
<div class="luot-xem">Lượt xem: {story.views()}</div>
{tags}<div class="cong-cu"><a href="index.php?module=tintuc&act=in&id={story.id}" target="_blank">In bài</a> | <a href="{mail}">Gửi email</a> | <a href="#top">Về đầu trang</a>
&nbsp; <a href="https://www.facebook.com/sharer/sharer.php?u={quote(own, safe='')}" target="_blank"><img src="images/icon-facebook.gif" alt="Chia sẻ Facebook" /></a></div>
</div>
<div class="tin-khac"><div class="tieu-de-tin-khac">Các tin khác</div>
<ul>{other_html}</ul></div>"""
    return _page(request, main, sid, head=head)


def _print(request: Request, story: Story) -> str:
    when = _when(story)
    sapo = f'<div class="tom-tat">{_plain(story.summary, story)}</div>\n' if story.summary else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(SITE_TITLE)}</title>
<base href="{base_url(request)}/" />
<link href="css/print.css" rel="stylesheet" type="text/css" />
</head>
<body onload="window.print();">
<div class="dau-in">{esc(SITE.upper())}<br />{esc(ADDRESS)}</div>
<div class="tieu-de">{_title(story)}</div>
<div class="ngay-dang">Cập nhật lúc {when:%H:%M} ngày {when:%d/%m/%Y}</div>
{sapo}<div class="noi-dung">
{_body(story)}
</div>
<div class="cuoi-in"><a href="javascript:window.close();">[Đóng cửa sổ]</a></div>
</body></html>"""


def _pager(cat: int, page: int, last: int) -> str:
    if last <= 1:
        return ""
    bits = ["Trang:"]
    if page > 3:
        bits.append(f'<a href="index.php?module=tintuc&cat={cat}&p=1">Đầu</a> …')
    for n in range(max(1, page - 2), min(last, page + 2) + 1):
        bits.append(f"<b>[{n}]</b>" if n == page else f'<a href="index.php?module=tintuc&cat={cat}&p={n}">{n}</a>')
    if page < last:
        bits.append(f'… <a href="index.php?module=tintuc&cat={cat}&p={last}">Cuối</a>')
    out = f'<div class="phan-trang">{" ".join(bits)}</div>'
    if page < last:
        out += f'<div class="xem-tiep"><a href="index.php?module=tintuc&cat={cat}&p={page + 1}">Xem tiếp &raquo;</a></div>'
    return out


def _listing(request: Request, cat: int, page: int, sid: str) -> str:
    items = newest(cat)
    last = pages_of(cat)
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    rows = "".join(
        f'<table class="dong-tin" width="100%" cellpadding="0" cellspacing="0"><tr>'
        f'<td width="130" valign="top"><a href="{_a(s, "cat")}"><img src="{_thumb(s)}" width="120" height="80" alt="" /></a></td>'
        f'<td valign="top"><a class="tieu-de-tin" href="{_a(s, "cat")}">{_title(s)}</a> <span class="ngay-dang-nho">{_dmy(s)}</span>'
        f'<div class="tom-tat-nho">{_plain(_excerpt(s), s)}</div></td></tr></table>'
        for s in chunk
    )
    if not rows:
        rows = '<div class="thong-bao-rong">Chưa có tin trong mục này</div>'
    name, upper = CATS[cat]
    main = (
        f"{_crumbs((f'index.php?module=tintuc&cat={cat}', name))}\n"
        f'<div class="khung-tin"><div class="tieu-de-khung">{esc(upper)}</div><div class="ruot-khung">{rows}</div></div>\n'
        f"{_pager(cat, page, last)}"
    )
    return _page(request, main, sid)


def _all_news(request: Request, sid: str) -> str:
    rows = "".join(
        f'<li><a href="{_a(s)}">{_title(s)}</a> <span class="ngay-dang-nho">{_dmy(s)}</span></li>' for s in newest()
    )
    main = f'{_crumbs((None, "Tin tức"))}<div class="khung-tin"><div class="tieu-de-khung">TIN TỨC</div><ul class="ds-tin">{rows}</ul></div>'
    return _page(request, main, sid)


def _soft_404(request: Request, sid: str) -> str:
    main = (
        f"{_crumbs((None, 'Tin tức'))}\n<div class=\"khung-chi-tiet\"><div class=\"thong-bao-loi\">"
        "Bài viết không tồn tại hoặc đã bị xóa!</div>"
        '<div><a href="javascript:history.back();">&laquo; Quay lại</a> | <a href="index.php">Về trang chủ</a></div></div>'
    )
    return _page(request, main, sid)


def _intro(request: Request, pid: int, sid: str) -> str:
    title, paragraphs = INTRO[pid]
    sub = " | ".join(
        f'<a href="index.php?module=gioithieu{"" if i == 1 else f"&id={i}"}">{esc(t)}</a>' for i, (t, _) in INTRO.items()
    )
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paragraphs)
    main = (
        f"{_crumbs(('index.php?module=gioithieu', 'Giới thiệu'))}\n<div class=\"menu-con\">{sub}</div>\n"
        f'<div class="khung-chi-tiet"><div class="tieu-de">{esc(title)}</div><div class="noi-dung">{body}</div></div>'
    )
    return _page(request, main, sid)


def _docs(request: Request, sid: str) -> str:
    rows = "".join(
        f'<tr><td>{i}</td><td><a href="index.php?module=vanban&id={d.id}">{esc(d.number)}</a></td><td>{d.issued}</td>'
        f'<td><a href="index.php?module=vanban&id={d.id}">{esc(d.title)}</a></td><td><a href="{d.file}">Tải về</a></td></tr>'
        for i, d in enumerate(DOCS, 1)
    )
    main = (
        f"{_crumbs((None, 'Văn bản'))}\n<div class=\"khung-tin\"><div class=\"tieu-de-khung\">VĂN BẢN - CÔNG VĂN</div>"
        '<table class="bang-van-ban" width="100%" border="1" cellpadding="4" cellspacing="0">'
        "<tr><th>STT</th><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>"
        f"{rows}</table></div>"
    )
    return _page(request, main, sid)


def _doc(request: Request, d: Doc, sid: str) -> str:
    main = f"""{_crumbs(("index.php?module=vanban", "Văn bản"))}
<div class="khung-chi-tiet"><table class="chi-tiet-van-ban" width="100%" border="1" cellpadding="5" cellspacing="0">
<tr><td width="150"><b>Số hiệu:</b></td><td>{esc(d.number)}</td></tr>
<tr><td><b>Loại văn bản:</b></td><td>{esc(d.kind)}</td></tr>
<tr><td><b>Cơ quan ban hành:</b></td><td>{esc(d.issuer)}</td></tr>
<tr><td><b>Ngày ban hành:</b></td><td>{d.issued}</td></tr>
<tr><td><b>Trích yếu:</b></td><td>{esc(d.title)}</td></tr>
<tr><td><b>File đính kèm:</b></td><td><a href="{d.file}"><img src="images/icon-pdf.gif" alt="" /> {d.file.rsplit("/", 1)[1]}</a></td></tr>
</table></div>"""
    return _page(request, main, sid)


def _albums(request: Request, sid: str) -> str:
    cells = "".join(
        f'<td align="center" valign="top"><a href="index.php?module=album&id={a}"><img src="{ph[0][0]}" width="200" height="130" alt="" /></a>'
        f'<br /><a href="index.php?module=album&id={a}">{esc(t)}</a><br />({d})</td>'
        for a, (t, d, ph) in ALBUMS.items()
    )
    main = f'{_crumbs((None, "Thư viện ảnh"))}<div class="khung-tin"><div class="tieu-de-khung">THƯ VIỆN ẢNH</div><table width="100%"><tr>{cells}</tr></table></div>'
    return _page(request, main, sid)


def _album(request: Request, aid: int, sid: str) -> str:
    title, day, photos = ALBUMS[aid]
    cells = "".join(
        f'<div class="o-anh"><a href="{src}" rel="lightbox[album]" title="{esc(cap)}"><img src="{src}" width="240" height="160" alt="{esc(cap)}" /></a>'
        f'<div class="chu-thich-anh">{esc(cap)}</div></div>'
        for src, cap in photos
    )
    main = (
        f"{_crumbs(('index.php?module=album', 'Thư viện ảnh'))}\n<div class=\"khung-chi-tiet\">"
        f'<div class="ten-album">{esc(title)}</div><div class="ngay-dang">Ngày đăng: {day}</div>{cells}</div>'
    )
    return _page(request, main, sid)


def _contact(request: Request, sid: str) -> str:
    main = f"""{_crumbs((None, "Liên hệ"))}
<div class="khung-chi-tiet"><div class="ten-truong">{esc(SITE)}</div>
<div>Địa chỉ: {esc(ADDRESS)}</div><div>Điện thoại: {PHONE} - Hotline: {HOTLINE}</div><div>Email: {EMAIL}</div>
<form name="frmLienHe" method="post" action="index.php?module=lienhe&act=gui">
<table cellpadding="3"><tr><td>Họ tên (*):</td><td><input type="text" name="hoten" size="40" /></td></tr>
<tr><td>Email (*):</td><td><input type="text" name="email" size="40" /></td></tr>
<tr><td>Tiêu đề:</td><td><input type="text" name="tieude" size="40" /></td></tr>
<tr><td>Nội dung (*):</td><td><textarea name="noidung" cols="45" rows="6"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi liên hệ" class="nut" /> <input type="reset" value="Nhập lại" class="nut" /></td></tr></table></form></div>"""
    return _page(request, main, sid)


def _week(year: int, week: int) -> tuple[int, int]:
    """Normalise a (year, week) the way ``mktime`` does: week 0 is the last of the year before."""
    while week < 1:
        year -= 1
        week += date(year, 12, 28).isocalendar()[1]
    while week > date(year, 12, 28).isocalendar()[1]:
        week -= date(year, 12, 28).isocalendar()[1]
        year += 1
    return year, week


def _schedule(request: Request, sid: str) -> str:
    params = request.params
    try:
        year = int(params.get("nam", THIS_WEEK[0]))
        week = int(params.get("tuan", THIS_WEEK[1]))
    except ValueError:
        year, week = THIS_WEEK
    year = min(max(year, 2), 9997)
    year, week = _week(year, week)
    monday = date.fromisocalendar(year, week, 1)
    sunday = monday + timedelta(days=6)
    py, pw = _week(year, week - 1)
    ny, nw = _week(year, week + 1)
    entries = SCHEDULE.get((year, week), [])
    if entries:
        rows = "".join(f"<tr><td>{esc(d)}</td><td>{t}</td><td>{esc(w)}</td></tr>" for d, t, w in entries)
        table = (
            '<table class="lich" width="100%" border="1" cellpadding="4" cellspacing="0">'
            f"<tr><th>Ngày</th><th>Thời gian</th><th>Nội dung công việc</th></tr>{rows}</table>"
        )
    else:
        table = '<div class="thong-bao-rong">Chưa có lịch công tác tuần này.</div>'
    main = (
        f"{_crumbs((None, 'Lịch công tác'))}\n<div class=\"khung-tin\"><div class=\"tieu-de-khung\">LỊCH CÔNG TÁC TUẦN {week}"
        f" (Từ {monday:%d/%m/%Y} đến {sunday:%d/%m/%Y})</div>"
        f'<div class="chuyen-tuan"><a href="index.php?module=lichcongtac&tuan={pw}&nam={py}">&laquo; Tuần trước</a> | '
        f'<a href="index.php?module=lichcongtac&tuan={nw}&nam={ny}">Tuần sau &raquo;</a></div>{table}</div>'
    )
    return _page(request, main, sid)


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request, sid: str) -> str:
    word = request.params.get("tukhoa", "").strip()
    hits = [s for s in newest() if word and _fold(word) in _fold(s.title + " " + " ".join(s.paragraphs))]
    rows = "".join(
        f'<li><a href="{_a(s)}">{_title(s)}</a> <span class="ngay-dang-nho">{_dmy(s)}</span>'
        f'<div class="tom-tat-nho">{_plain(_excerpt(s), s)}</div></li>'
        for s in hits
    )
    head = f"Kết quả tìm kiếm với từ khóa: <b>{esc(word)}</b> ({len(hits)} kết quả)" if word else "Vui lòng nhập từ khóa!"
    main = f'{_crumbs((None, "Tìm kiếm"))}<div class="khung-tin"><div class="tieu-de-khung">TÌM KIẾM</div><div>{head}</div><ul class="ds-tin">{rows}</ul></div>'
    return _page(request, main, sid)


_SEO = re.compile(r"^/tin-tuc/(\d+)/[^/]*\.html$")


class PhpModuleSchool:
    """``index.php``'s ``switch ($_GET['module'])`` plus one .htaccess rewrite rule."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/upload/vanban/"):
            if any("/" + d.file == path for d in DOCS):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path.startswith(("/userfiles/", "/upload/", "/images/", "/css/", "/js/")):
            return static_file(path)
        sid, fresh = _sid(request)
        if m := _SEO.match(path):
            story = _BY_ID.get(int(m.group(1)))
            page = _article(request, story, sid) if story else _soft_404(request, sid)
        elif path in ("/", "/index.php"):
            page = self._route(request, sid)
        else:
            return None
        headers = {"X-Powered-By": "PHP/5.4.45", "Expires": "Thu, 19 Nov 1981 08:52:00 GMT"}
        if fresh:
            headers["Set-Cookie"] = f"PHPSESSID={sid}; path=/"
        # the charset is only in the meta http-equiv tag
        return html(page, charset=None, headers=headers)

    def _route(self, request: Request, sid: str) -> str:
        params = request.params
        module = params.get("module", "")
        if module == "tintuc":
            act = params.get("act", "")
            if act in ("chitiet", "in"):
                try:
                    story = _BY_ID.get(int(params.get("id", "0")))
                except ValueError:
                    story = None
                if story is None:
                    return _soft_404(request, sid)
                return _article(request, story, sid) if act == "chitiet" else _print(request, story)
            try:
                cat = int(params.get("cat", "0"))
                page = max(1, int(params.get("p", "1")))
            except ValueError:
                cat, page = 0, 1
            if cat in CATS:
                return _listing(request, cat, page, sid)
            return _all_news(request, sid)
        if module == "gioithieu":
            pid = params.get("id", "1")
            return _intro(request, int(pid) if pid.isdigit() and int(pid) in INTRO else 1, sid)
        if module == "vanban":
            doc = next((d for d in DOCS if str(d.id) == params.get("id")), None)
            return _doc(request, doc, sid) if doc else _docs(request, sid)
        if module == "album":
            aid = params.get("id", "")
            return _album(request, int(aid), sid) if aid.isdigit() and int(aid) in ALBUMS else _albums(request, sid)
        if module == "lienhe":
            return _contact(request, sid)
        if module == "lichcongtac":
            return _schedule(request, sid)
        if module == "timkiem":
            return _search(request, sid)
        return _home(request, sid)


def build_site() -> PhpModuleSchool:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return PhpModuleSchool()
