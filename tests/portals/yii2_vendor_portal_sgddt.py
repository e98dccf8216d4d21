"""Sở Giáo dục và Đào tạo tỉnh Bình Phước on a Yii2 vendor portal (c. 2019), written blind.

Platform
--------
A PHP Yii2 (2.0.x) "advanced template" site sold by a local vendor to several education
departments around 2019: Bootstrap 3 theme (``navbar-inverse``, ``col-md-9``), ``yii\\bootstrap\\Nav``
menus with drop-downs (``<ul id="w1" class="navbar-nav nav">``), the ``Breadcrumbs`` widget
(``<ul class="breadcrumb">``), news listings rendered by ``ListView`` (``<div class="list-view">``,
a "Trình bày <b>1-4</b> trong số <b>6</b> mục." summary, items ``<div class="item" data-key="…">``)
and paged by ``LinkPager`` (``<ul class="pagination">``, ``data-page`` zero-based), documents in a
``GridView`` table with sort links, document entries in a ``DetailView`` table, ``csrf-param`` /
``csrf-token`` metas, assets published under ``/assets/<hash>/``, a hidden debug-toolbar stub.

URL scheme
----------
- ``/`` home: header band, Bootstrap carousel "Tin nổi bật", "Tin mới nhất", one block per
  category, a ``<marquee>`` "Thông báo" box, sidebars.
- ``/tin-tuc/danh-muc/<id>-<slug>`` category listing (``<id:\\d+>-<slug>``: the slug is not checked);
  pages ``?page=<n>&per-page=4`` (the category's page size 4 differs from Yii's default 20, so
  every pager link carries ``per-page``; button "1" links ``?page=1&per-page=4``).
- ``/tin-tuc/chi-tiet/<id>/<slug>.html`` article (canonical); ``/tin-tuc/view?id=<id>`` and
  ``/index.php?r=tin-tuc%2Fview&id=<id>`` serve the same article (see Traps).
- ``/van-ban/index`` GridView of documents (``?sort=…``), ``/van-ban/chi-tiet/<id>`` entries,
  ``/uploads/vanban/…pdf`` files.
- ``/trang/<slug>.html`` static pages, ``/lien-he`` contact form, ``/thu-vien-anh/album/<id>``
  photo album, ``/tim-kiem?q=`` search, ``POST /binh-chon/vote`` (poll: answers Yii's CSRF 400).

Page templates
--------------
Article: breadcrumb (last crumb is the *short* title), ``div.tin-chitiet`` > ``div.tin-dau``
header band (``h1.tin-tieude``, ``div.tin-tt`` with the date, "Lượt xem: 1.234" and
"Người đăng: <CMS account>", a tool bar A-/A+/print/email/share), ``div.tin-mota`` sapo in
``<strong>``, ``div#noidung-<id>.tin-noidung`` holding the CKEditor text, then (inside the very
same container) the template's "Nguồn tin" line, share buttons, "Tin cùng chuyên mục" and the
"Ý kiến bạn đọc" ActiveForm.

How each gold article is reached
--------------------------------
- Hoạt động ngành (/tin-tuc/danh-muc/2-hoat-dong-nganh, 6 + 0): 1287, 1281, 1279, 1270 on page 1;
  1262 and 1255 only on ``?page=2&per-page=4``.
- Tin từ cơ sở (/tin-tuc/danh-muc/4-tin-tu-co-so, 5 primary + 1279 listed there too): 1288, 1284,
  1279, 1277 on page 1; 1268 and 1259 only on page 2.
- Thi đua - Khen thưởng (/tin-tuc/danh-muc/6-thi-dua-khen-thuong): 1283, 1273 (one page, no pager).
- Home: "Tin mới nhất" (1288, 1287, 1284, 1283, 1281), category blocks (3 newest each), carousel
  (``/tin-tuc/view?id=`` of 1287, 1283, 1277, 1273), marquee (``/index.php?r=…`` of 1283, 1273),
  "Đọc nhiều" (1287, 1281, 1283, 1270). "Tin cùng chuyên mục" shows the 3 newest of the
  category's listing, so the page-2 articles (1262, 1255, 1268, 1259) are reachable only from
  page 2 of their listing.

Traps
-----
1. *Four URLs per article, slug ignored* (Yii ``UrlRule`` ``tin-tuc/chi-tiet/<id:\\d+>/<slug>``
   plus the plain route): the carousel links ``/tin-tuc/view?id=<id>``, the old marquee widget
   builds ``/index.php?r=tin-tuc%2Fview&id=<id>`` (written before pretty URLs were turned on), and
   1279's title was edited after publication so an inline box in 1277 still links its old slug
   ``/tin-tuc/chi-tiet/1279/truong-tieu-hoc-tan-phu-don-doan-kiem-tra-chuan-quoc-gia.html``. All
   answer 200 with the same page and a ``<link rel="canonical">`` to the pretty URL.
   Gold: ``path`` = canonical pretty URL; ``alt_paths`` = the ``view?id`` and ``index.php?r=``
   forms (and the stale slug for 1279). One record per article.
2. *LinkPager's own pagination*: ``?page=<n>&per-page=4`` (1-based ``page``, 0-based
   ``data-page``), button "1" duplicating the bare listing as ``?page=1&per-page=4``, the pager
   hidden on a one-page listing, and an out-of-range page (``?page=9``) clamped to the last page as
   ``Pagination::validatePage`` does (200, not 404). Gold: four articles live only on page 2;
   listings are not articles.
3. *Dates as an old ICU formats them in vi_VN*: ``Yii::$app->formatter->asDatetime($t, 'medium')``
   on the server's old libicu prints the time first and the day with dashes: "14:30:00 03-12-2026";
   with day ≤ 12 a month-first reader gets it wrong ("10:20:00 05-11-2026" is 5 November, and
   "13:30:00 12-11-2026" is 12 November). Two articles print ``asDate('long')`` "1 tháng 12, 2026"
   (day only); others the theme's "Thứ Bảy, 28/11/2026 - 16:45"; listings print only relative time
   ("2 ngày trước", absolute date in a ``title`` attribute). Gold: ISO with +07:00 when a time is
   printed, the day alone otherwise; "00:00:00 17-11-2026" is a day without a time (2026-11-17).
   1279 prints "Cập nhật: 15:20:00 26-11-2026" *before* "Ngày đăng: 08:00:00 25-11-2026": gold is
   the Ngày đăng.
4. *Double-encoded ``<title>`` and ``og:title``*: the view encodes the title and the layout
   encodes it again, so the head reads "Sở GD&amp;amp;ĐT …" and "&amp;quot;Dạy tốt - Học
   tốt&amp;quot;" (shown as "&amp;" / "&quot;" literally); the banner prints the institution as an
   ``<h1 class="ten-don-vi">`` before the article's ``<h1 class="tin-tieude">``; listings, related
   lists and the last breadcrumb print the editor's short title of a long headline, cut with "..."
   (1288, 1283, 1279, 1270). Gold ``title`` = the article's h1 as printed
   (real quotes and ampersands, full length).
5. *An article filed under two categories*: 1279 (about a Sở inspection at a school) is listed in
   "Tin từ cơ sở" as well, but its breadcrumb and menu say "Hoạt động ngành". Gold category =
   "Hoạt động ngành" (the breadcrumb), whichever listing it was found from.
6. *Sapo pasted twice*: in 1281 the editor pasted the lead into the text too, so the sapo
   (``div.tin-mota``) is followed by the same sentence in bold as the text's first paragraph (with
   an ``&nbsp;`` where the sapo has a space). Gold: the sapo is the body's first paragraph once.
7. *The CMS account in the header band*: every article prints "Người đăng: bientap01" (or
   "thptquangtrung", "admin_sgd"); the real byline is the right-aligned line at the end of the
   text. Gold: the CMS account is nobody; bylines as the conventions say ("Ngọc Hân (Trường THPT
   chuyên Quang Trung)" -> Ngọc Hân; "ThS. Lê Văn Quang - Phó Chánh Văn phòng Sở" -> Lê Văn Quang;
   "Phòng GDTrH" / "Phòng Tổ chức cán bộ" signing alone -> the unit; "Tin, ảnh: X"; "Tin: X - Ảnh: Y").
8. *Photo credit inside the caption*: "Học sinh giới thiệu mô hình … (Ảnh: Ngọc Hân)". Gold: the
   caption without the trailing "(Ảnh: X)", X is a photographer; a line that is only "Ảnh: X"
   is no caption (None) and X a photographer.
9. *Widgets inside the text's container*: the template renders "Nguồn tin", share buttons, "Tin
   cùng chuyên mục" and the "Ý kiến bạn đọc" form inside ``div.tin-noidung``; 1277 carries a
   floated "TIN LIÊN QUAN" box between two paragraphs and 1287 a "Xem thêm:" line; 1283 a
   "File đính kèm:" line. Gold: none of these is body.
10. *Lazy-loaded photos* (jquery.lazyload): ``src`` is ``/themes/sgdbp/images/grey.gif``, the
    photo is in ``data-original``, repeated in a ``<noscript><img src=…></noscript>``. Gold: the
    photo once, at its ``data-original`` path; the grey placeholder is no image.
11. *A photo in a two-row layout table* (1281): the caption sits in the table's second row
    (``table.tbl-anh``). Gold: an image with that caption, not a table row of text. A real table of
    results in the same text gives paragraphs "cell | cell | …".
12. *CKEditor enterMode BR* (1270): the text is one ``<div>`` of lines separated by
    ``<br />\\n<br />``; gold paragraphs are those lines. *Unicode tổ hợp* (1268): title, sapo and
    text are typed decomposed (NFD, as Unikey's "Unicode tổ hợp" table wrote them); gold is NFC.
13. *GridView sort links* on ``/van-ban/index`` (``?sort=so_hieu``, ``?sort=-ngay_ban_hanh`` …):
    bounded duplicates of a non-article listing; its ``DetailView`` entries print a number, a date
    and an abstract like news. Gold: not articles (three entries are in NON_ARTICLES).

Gold decisions on ambiguous points
----------------------------------
- A sapo with the agency's prefix "(GDBP) - " keeps it: it is printed as part of the lead.
- "Nguồn tin: X" printed by the template and "Theo X" as the text's last right-aligned line are
  both ``source`` = X. The author of a "Theo Báo Bình Phước" story is still the byline above it.
- A byline "Ngọc Hân (Trường THPT chuyên Quang Trung)" drops the unit in parentheses.
- Static pages (functions, organisation chart), the contact page, document entries and the album
  are NON_ARTICLES; listings, search and the GridView variants are neither gold nor NON_ARTICLES.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
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

NAME = "yii2_vendor_portal_sgddt"
PLATFORM = "PHP Yii2 vendor portal (Bootstrap 3, ListView/LinkPager, GridView), c. 2019"
START_PATH = "/"

HEADER_DAY = "Thứ Bảy, 05/12/2026"
TODAY_ISO = (2026, 12, 5)
PER_PAGE = 4

CATS: dict[int, tuple[str, str]] = {
    2: ("hoat-dong-nganh", "Hoạt động ngành"),
    4: ("tin-tu-co-so", "Tin từ cơ sở"),
    6: ("thi-dua-khen-thuong", "Thi đua - Khen thưởng"),
}

IMG = "/uploads/news/2026"


def _r(markup: str) -> Raw:
    return Raw(markup)


def _right(inner: str, tag: str = "p") -> Raw:
    return Raw(f'<{tag} style="text-align: right;">{inner}</{tag}>')


STORIES: list[Story] = [
    Story(
        id=1288,
        slug="truong-thpt-chuyen-quang-trung-to-chuc-ngay-hoi-stem-lan-thu-iii",
        title="Trường THPT chuyên Quang Trung tổ chức Ngày hội STEM lần thứ III",
        cat="4",
        published_at="2026-12-04T09:15:00+07:00",
        summary=(
            "Ngày 3/12, Trường THPT chuyên Quang Trung (thành phố Đồng Xoài) tổ chức Ngày hội STEM "
            "lần thứ III với sự tham gia của hơn 1.200 học sinh và 86 sản phẩm, mô hình sáng tạo."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày hội năm nay có chủ đề “Khoa học vì cuộc sống xanh”, được tổ chức trong khuôn "
                "viên nhà trường với 24 gian trưng bày của các lớp và câu lạc bộ học thuật. Mỗi gian "
                "giới thiệu từ hai đến bốn sản phẩm do học sinh tự thiết kế, chế tạo dưới sự hướng "
                "dẫn của giáo viên các tổ bộ môn."
            ),
            P(
                "Nhiều sản phẩm gắn với thực tiễn sản xuất của địa phương như hệ thống tưới tiêu "
                "tự động cho vườn điều, máy sấy hạt tiêu dùng năng lượng mặt trời, thiết bị cảnh báo "
                "cháy rừng cao su bằng cảm biến nhiệt độ và độ ẩm."
            ),
            Img(
                f"{IMG}/12/1288-stem-01.jpg",
                printed="Học sinh giới thiệu mô hình hệ thống tưới tiêu tự động (Ảnh: Ngọc Hân)",
                caption="Học sinh giới thiệu mô hình hệ thống tưới tiêu tự động",
                style="figure",
            ),
            P(
                "Bên cạnh khu trưng bày, ban tổ chức bố trí các hoạt động trải nghiệm: lắp ráp "
                "robot, lập trình mạch Arduino, thí nghiệm hóa học vui và cuộc thi giải nhanh bài "
                "toán thực tế dành cho học sinh các trường THCS trên địa bàn thành phố đến tham quan."
            ),
            P(
                "Phát biểu tại buổi khai mạc, thầy Nguyễn Hữu Phước, Hiệu trưởng nhà trường cho biết "
                "giáo dục STEM đã được đưa vào kế hoạch giáo dục của nhà trường từ năm học 2022-2023, "
                "mỗi lớp thực hiện ít nhất hai chủ đề STEM trong một học kỳ."
            ),
            P(
                "Kết thúc ngày hội, ban tổ chức đã trao 6 giải Nhất, 10 giải Nhì và 14 giải Ba cho "
                "các sản phẩm xuất sắc. Các sản phẩm đạt giải Nhất sẽ được lựa chọn, hoàn thiện để "
                "tham dự Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học."
            ),
            _right("<strong>Ngọc Hân (Trường THPT chuyên Quang Trung)</strong>"),
        ],
        authors=["Ngọc Hân"],
        photographers=["Ngọc Hân"],
        opts={
            "printed": "09:15:00 04-12-2026",
            "user": "thptquangtrung",
            "short": "Trường THPT chuyên Quang Trung tổ chức Ngày hội STEM...",
        },
    ),
    Story(
        id=1287,
        slug="so-gd-dt-trien-khai-nhiem-vu-chuyen-doi-so-nam-hoc-2026-2027",
        title="Sở GD&ĐT triển khai nhiệm vụ chuyển đổi số năm học 2026-2027",
        cat="2",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "(GDBP) - Chiều 3/12, Sở Giáo dục và Đào tạo tổ chức hội nghị trực tuyến triển khai "
            "nhiệm vụ chuyển đổi số và ứng dụng công nghệ thông tin năm học 2026-2027 đến 11 điểm "
            "cầu phòng GD&ĐT và các trường THPT trong tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự hội nghị tại điểm cầu chính có ông Trần Văn Lộc, Phó Giám đốc Sở GD&ĐT; lãnh "
                "đạo các phòng chuyên môn thuộc Sở; tại các điểm cầu có lãnh đạo phòng GD&ĐT, hiệu "
                "trưởng các trường THPT, trung tâm GDNN-GDTX và cán bộ phụ trách công nghệ thông tin."
            ),
            Img(
                f"{IMG}/12/1287-hoi-nghi-cds-01.jpg",
                printed="Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT",
                caption="Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT",
                style="lazy",
            ),
            P(
                "Năm học 2025-2026, toàn ngành đã hoàn thành việc cấp mã định danh điện tử cho 100% "
                "học sinh, triển khai học bạ số ở tất cả các trường tiểu học và 78% trường THCS; "
                "thanh toán học phí không dùng tiền mặt đạt tỷ lệ 92%."
            ),
            P(
                "Năm học 2026-2027, Sở yêu cầu các đơn vị hoàn thành việc triển khai học bạ số ở cấp "
                "THCS và THPT, cập nhật đầy đủ, chính xác dữ liệu trên cơ sở dữ liệu ngành, bảo đảm "
                "“đúng, đủ, sạch, sống” để phục vụ công tác quản lý và tuyển sinh trực tuyến."
            ),
            _r(
                '<p><strong>Xem thêm:</strong> <a href="/tin-tuc/chi-tiet/1270/'
                'tap-huan-day-hoc-mon-lich-su-va-dia-ly-theo-chuong-trinh-gdpt-2018.html">'
                "Tập huấn dạy học môn Lịch sử và Địa lý theo Chương trình GDPT 2018</a></p>"
            ),
            P(
                "Tại hội nghị, đại diện Phòng Giáo dục trung học đã hướng dẫn quy trình ký số học "
                "bạ, lưu trữ hồ sơ điện tử; các đơn vị trao đổi khó khăn về hạ tầng mạng ở vùng sâu, "
                "vùng xa và việc bồi dưỡng kỹ năng số cho giáo viên lớn tuổi."
            ),
            Img(
                f"{IMG}/12/1287-hoi-nghi-cds-02.jpg",
                printed="Đại biểu các điểm cầu trao đổi tại hội nghị",
                caption="Đại biểu các điểm cầu trao đổi tại hội nghị",
                style="lazy",
            ),
            P(
                "Kết luận hội nghị, Phó Giám đốc Sở Trần Văn Lộc đề nghị thủ trưởng các đơn vị trực "
                "tiếp chỉ đạo công tác chuyển đổi số, xem đây là tiêu chí thi đua của năm học và báo "
                "cáo kết quả về Sở trước ngày 15 hằng tháng."
            ),
            _right("<strong>Minh Thư</strong>"),
        ],
        authors=["Minh Thư"],
        opts={"printed": "14:30:00 03-12-2026", "user": "bientap01"},
    ),
    Story(
        id=1284,
        slug="phong-gd-dt-huyen-bu-dang-to-chuc-hoi-khoe-phu-dong-cap-huyen",
        title="Phòng GD&ĐT huyện Bù Đăng tổ chức Hội khỏe Phù Đổng cấp huyện lần thứ XI",
        cat="4",
        published_at="2026-12-01",
        summary=(
            "Từ ngày 27 đến 29/11, Phòng GD&ĐT huyện Bù Đăng tổ chức Hội khỏe Phù Đổng cấp huyện "
            "lần thứ XI năm học 2026-2027 với gần 900 vận động viên của 52 trường tiểu học và THCS."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các vận động viên tranh tài ở 8 môn: điền kinh, bóng đá, bóng chuyền, cầu lông, bóng "
                "bàn, cờ vua, đá cầu và võ cổ truyền. Đây là năm đầu tiên môn võ cổ truyền được đưa "
                "vào chương trình thi đấu của hội khỏe cấp huyện."
            ),
            Img(
                f"{IMG}/12/1284-hkpd-01.jpg",
                printed="Các vận động viên thi đấu môn bóng chuyền nữ",
                caption="Các vận động viên thi đấu môn bóng chuyền nữ",
                style="center",
            ),
            P(
                "Đáng chú ý, có 214 vận động viên là học sinh người dân tộc thiểu số, chủ yếu là "
                "người S'tiêng và M'nông ở các xã Đăk Nhau, Đường 10, Bom Bo. Nhiều em đạt thành tích "
                "cao ở các nội dung chạy cự ly trung bình và đá cầu."
            ),
            Img(f"{IMG}/12/1284-hkpd-02.jpg", printed="Ảnh: Điểu Thị Hằng", caption=None, style="center"),
            P(
                "Kết quả, Trường THCS Lê Quý Đôn xếp nhất toàn đoàn khối THCS; Trường Tiểu học Đức "
                "Liễu xếp nhất toàn đoàn khối tiểu học. Ban tổ chức đã lựa chọn 96 vận động viên để "
                "tập huấn, tham dự Hội khỏe Phù Đổng cấp tỉnh dự kiến diễn ra vào tháng 3/2027."
            ),
            _right("<em>Tin, ảnh: Điểu Thị Hằng</em>"),
        ],
        authors=["Điểu Thị Hằng"],
        photographers=["Điểu Thị Hằng"],
        opts={"printed": "1 tháng 12, 2026", "user": "pgdbudang"},
    ),
    Story(
        id=1283,
        slug="tong-ket-phong-trao-thi-dua-day-tot-hoc-tot-chao-mung-ngay-nha-giao-viet-nam",
        title='Tổng kết phong trào thi đua "Dạy tốt - Học tốt" chào mừng Ngày Nhà giáo Việt Nam 20/11',
        cat="6",
        published_at="2026-11-30T10:00:00+07:00",
        summary=(
            'Sáng 30/11, Sở GD&ĐT tổ chức tổng kết đợt thi đua "Dạy tốt - Học tốt" chào mừng kỷ '
            "niệm 44 năm Ngày Nhà giáo Việt Nam, khen thưởng 18 tập thể và 47 cá nhân có thành "
            "tích xuất sắc."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đợt thi đua được phát động từ ngày 5/9 đến ngày 20/11/2026 trong toàn ngành. Các đơn "
                "vị đã tổ chức hơn 3.400 tiết dạy tốt, 620 chuyên đề sinh hoạt tổ chuyên môn theo "
                "nghiên cứu bài học và nhiều hoạt động tri ân thầy cô giáo."
            ),
            P("Các nội dung nổi bật của đợt thi đua gồm:"),
            P("Đổi mới phương pháp dạy học, kiểm tra đánh giá theo định hướng phát triển năng lực học sinh;", style="li"),
            P("Ứng dụng công nghệ thông tin, khai thác học liệu số trong từng tiết dạy;", style="li"),
            P("Giúp đỡ học sinh có hoàn cảnh khó khăn, phòng chống học sinh bỏ học giữa chừng.", style="li"),
            Img(
                f"{IMG}/11/1283-tong-ket-thi-dua.jpg",
                printed="(Lãnh đạo Sở trao Giấy khen cho các tập thể xuất sắc)",
                caption="Lãnh đạo Sở trao Giấy khen cho các tập thể xuất sắc",
                style="center",
            ),
            P(
                "Dịp này, Giám đốc Sở GD&ĐT quyết định tặng Giấy khen cho 18 tập thể và 47 cá nhân; "
                "đồng thời đề nghị UBND tỉnh tặng Bằng khen cho 5 tập thể, 12 cá nhân có thành tích "
                "tiêu biểu trong phong trào thi đua."
            ),
            _r(
                '<p>File đính kèm: <a href="/uploads/vanban/2026/qd-khen-thuong-dot-20-11.pdf" '
                'target="_blank"><img src="/themes/sgdbp/images/icon-pdf.png" alt="pdf" /> '
                "QĐ khen thưởng đợt thi đua 20-11.pdf</a></p>"
            ),
            _right("<b>Phòng Tổ chức cán bộ</b>", tag="div"),
        ],
        authors=["Phòng Tổ chức cán bộ"],
        opts={
            "printed": "10:00:00 30-11-2026",
            "user": "admin_sgd",
            "short": 'Tổng kết phong trào thi đua "Dạy tốt - Học tốt" chào mừng...',
        },
    ),
    Story(
        id=1281,
        slug="be-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
        title="Bế mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027",
        cat="2",
        published_at="2026-11-28T16:45:00+07:00",
        summary=(
            "Chiều 28/11, Sở GD&ĐT tổ chức bế mạc và trao giải Hội thi giáo viên dạy giỏi cấp tỉnh "
            "bậc THPT năm học 2026-2027 sau 6 ngày thi tại Trường THPT Hùng Vương."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi có 187 giáo viên đến từ 33 trường THPT và 2 trung tâm GDNN-GDTX tham gia ở "
                "13 môn học. Mỗi giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy và thực "
                "hiện hai tiết dạy thực hành trên lớp theo Chương trình giáo dục phổ thông 2018."
            ),
            Img(
                f"{IMG}/11/1281-gvdg-be-mac.jpg",
                printed="Ban tổ chức trao giải Nhất cho các giáo viên",
                caption="Ban tổ chức trao giải Nhất cho các giáo viên",
                style="tbl",
            ),
            P(
                "Theo đánh giá của ban giám khảo, nhiều tiết dạy đã vận dụng hiệu quả các phương "
                "pháp dạy học tích cực, tổ chức hoạt động học theo nhóm, sử dụng thiết bị số hợp lý; "
                "một số tiết dạy còn nặng về trình chiếu, chưa dành đủ thời gian cho học sinh luyện tập."
            ),
            P("Kết quả xếp giải của một số đơn vị dẫn đầu:"),
            P("Đơn vị | Giải Nhất | Giải Nhì | Giải Ba", style="tr"),
            P("THPT chuyên Quang Trung | 4 | 3 | 2", style="tr"),
            P("THPT Hùng Vương | 2 | 4 | 3", style="tr"),
            P("THPT chuyên Bình Long | 2 | 2 | 4", style="tr"),
            P(
                "Ban tổ chức đã công nhận 142 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh, "
                "trong đó có 21 giải Nhất, 38 giải Nhì và 47 giải Ba."
            ),
            _right("<strong>Tin: Thanh Tùng - Ảnh: Bảo Ngọc</strong>"),
        ],
        authors=["Thanh Tùng"],
        photographers=["Bảo Ngọc"],
        opts={"printed": "Thứ Bảy, 28/11/2026 - 16:45", "user": "bientap01", "sapo_dup": True},
    ),
    Story(
        id=1279,
        slug="truong-tieu-hoc-tan-phu-dong-xoai-don-doan-kiem-tra-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
        title="Trường Tiểu học Tân Phú (Đồng Xoài) đón đoàn kiểm tra công nhận trường đạt chuẩn quốc gia mức độ 2",
        cat="2",
        published_at="2026-11-25T08:00:00+07:00",
        summary=(
            "Ngày 24/11, đoàn kiểm tra của Sở GD&ĐT do ông Phạm Quốc Huy, Trưởng phòng Giáo dục "
            "mầm non - tiểu học làm trưởng đoàn đã kiểm tra, đánh giá ngoài và công nhận Trường "
            "Tiểu học Tân Phú đạt chuẩn quốc gia mức độ 2."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đoàn đã nghe nhà trường báo cáo kết quả tự đánh giá theo 5 tiêu chuẩn, kiểm tra hồ "
                "sơ, cơ sở vật chất, dự giờ 6 tiết dạy và trao đổi với đại diện cha mẹ học sinh."
            ),
            Img(
                f"{IMG}/11/1279-kiem-tra-tan-phu.jpg",
                printed="Đoàn kiểm tra dự giờ tiết Tiếng Việt lớp 3",
                caption="Đoàn kiểm tra dự giờ tiết Tiếng Việt lớp 3",
                style="figure",
            ),
            P(
                "Năm học 2026-2027, trường có 32 lớp với 1.146 học sinh, 100% học sinh học 2 buổi/"
                "ngày; tỷ lệ giáo viên đạt trên chuẩn trình độ đào tạo là 94%. Trường có đủ phòng học "
                "bộ môn Tin học, Tiếng Anh, Âm nhạc và Mỹ thuật."
            ),
            P(
                "Đoàn đề nghị nhà trường tiếp tục đầu tư sân chơi, bãi tập, bổ sung đầu sách thư viện "
                "và quan tâm bồi dưỡng học sinh có năng khiếu."
            ),
        ],
        source="Phòng GD&ĐT thành phố Đồng Xoài",
        opts={
            "printed": "08:00:00 25-11-2026",
            "updated": "15:20:00 26-11-2026",
            "user": "bientap02",
            "also_in": [4],
            "old_slug": "truong-tieu-hoc-tan-phu-don-doan-kiem-tra-chuan-quoc-gia",
            "short": "Trường Tiểu học Tân Phú (Đồng Xoài) đón đoàn kiểm tra công nhận...",
        },
    ),
    Story(
        id=1277,
        slug="huyen-loc-ninh-khai-giang-lop-xoa-mu-chu-cho-dong-bao-dan-toc-thieu-so",
        title="Huyện Lộc Ninh khai giảng lớp xóa mù chữ cho đồng bào dân tộc thiểu số",
        cat="4",
        published_at="2026-11-23T07:30:00+07:00",
        summary=(
            "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Lộc Ninh phối hợp với "
            "UBND xã Lộc Thành vừa khai giảng lớp xóa mù chữ mức độ 2 cho 38 học viên là người "
            "dân tộc Khmer và S'tiêng."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp học được tổ chức vào buổi tối các ngày thứ Hai, thứ Tư và thứ Sáu tại điểm "
                "trường ấp Cần Dực, Trường Tiểu học Lộc Thành B. Học viên nhiều tuổi nhất 57 tuổi, ít "
                "tuổi nhất 16 tuổi."
            ),
            _r(
                '<div class="tlq-inline" style="float: right; width: 240px; margin: 0 0 10px 15px; '
                'border: 1px solid #ddd; padding: 8px;"><div class="tlq-tit"><b>TIN LIÊN QUAN</b>'
                '</div><ul><li><a href="/tin-tuc/chi-tiet/1279/'
                'truong-tieu-hoc-tan-phu-don-doan-kiem-tra-chuan-quoc-gia.html">Trường Tiểu học Tân '
                "Phú đón đoàn kiểm tra chuẩn quốc gia</a></li><li>"
                '<a href="/tin-tuc/chi-tiet/1284/'
                'phong-gd-dt-huyen-bu-dang-to-chuc-hoi-khoe-phu-dong-cap-huyen.html">Bù Đăng tổ chức '
                "Hội khỏe Phù Đổng cấp huyện</a></li></ul></div>"
            ),
            P(
                "Giáo viên đứng lớp là các thầy cô của trường tiểu học trên địa bàn, trong đó có một "
                "giáo viên biết tiếng Khmer để hỗ trợ học viên trong những buổi đầu làm quen với chữ "
                "viết. Học viên được cấp miễn phí sách, vở và đồ dùng học tập."
            ),
            Img(
                f"{IMG}/11/1277-xoa-mu-chu.jpg",
                printed="Học viên lớp xóa mù chữ ấp Cần Dực trong buổi học đầu tiên",
                caption="Học viên lớp xóa mù chữ ấp Cần Dực trong buổi học đầu tiên",
                style="center",
            ),
            P(
                "Theo kế hoạch, lớp học kéo dài 8 tháng. Sau khi hoàn thành chương trình, học viên sẽ "
                "đọc, viết thành thạo, làm được các phép tính cộng, trừ, nhân, chia trong phạm vi "
                "lớn và vận dụng vào việc ghi chép thu chi trong gia đình."
            ),
            P(
                "Hiện toàn huyện Lộc Ninh còn khoảng 410 người trong độ tuổi từ 15 đến 60 chưa biết "
                "chữ, tập trung ở các xã biên giới. Huyện phấn đấu đến năm 2028 giảm một nửa số "
                "người mù chữ."
            ),
            _right("<strong>Hoàng Giang</strong>"),
            _right("<em>Theo Báo Bình Phước</em>"),
        ],
        authors=["Hoàng Giang"],
        source="Báo Bình Phước",
        opts={
            "printed": "Thứ Hai, 23/11/2026 - 07:30",
            "user": "bientap02",
            "source_in_text": True,
        },
    ),
    Story(
        id=1273,
        slug="trao-bang-khen-cua-bo-truong-bo-gd-dt-cho-12-tap-the-35-ca-nhan",
        title="Trao Bằng khen của Bộ trưởng Bộ GD&ĐT cho 12 tập thể, 35 cá nhân",
        cat="6",
        published_at="2026-11-17",
        summary=(
            "Nhân dịp kỷ niệm Ngày Nhà giáo Việt Nam 20/11, Sở GD&ĐT đã tổ chức trao Bằng khen của "
            "Bộ trưởng Bộ GD&ĐT cho 12 tập thể và 35 cá nhân có thành tích xuất sắc trong năm học "
            "2025-2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các tập thể được khen thưởng gồm 7 trường THPT, 3 phòng GD&ĐT và 2 trung tâm "
                "GDNN-GDTX. Trong số 35 cá nhân có 9 cán bộ quản lý, 24 giáo viên và 2 nhân viên."
            ),
            P(
                "Nhiều cá nhân được khen có thành tích bồi dưỡng học sinh giỏi quốc gia, tiêu biểu "
                "như cô Lê Thị Thanh Vân, giáo viên Ngữ văn Trường THPT chuyên Quang Trung, có 6 học "
                "sinh đạt giải trong kỳ thi chọn học sinh giỏi quốc gia năm 2026."
            ),
            Img(
                f"{IMG}/11/1273-bang-khen-bo.jpg",
                printed="Giám đốc Sở GD&ĐT trao Bằng khen cho các cá nhân",
                caption="Giám đốc Sở GD&ĐT trao Bằng khen cho các cá nhân",
                style="figure",
            ),
            P(
                "Phát biểu tại buổi lễ, Giám đốc Sở GD&ĐT chúc mừng các tập thể, cá nhân được khen "
                "thưởng và mong muốn đội ngũ nhà giáo tiếp tục giữ gìn phẩm chất, không ngừng học "
                "tập, nâng cao năng lực nghề nghiệp."
            ),
            _right("<strong>ThS. Lê Văn Quang - Phó Chánh Văn phòng Sở</strong>"),
        ],
        authors=["Lê Văn Quang"],
        opts={"printed": "00:00:00 17-11-2026", "user": "admin_sgd"},
    ),
    Story(
        id=1270,
        slug="tap-huan-day-hoc-mon-lich-su-va-dia-ly-theo-chuong-trinh-gdpt-2018",
        title="Tập huấn dạy học môn Lịch sử và Địa lý theo Chương trình GDPT 2018 cho giáo viên THCS",
        cat="2",
        published_at="2026-11-12T13:30:00+07:00",
        summary=(
            "Từ ngày 10 đến 12/11, Phòng Giáo dục trung học, Sở GD&ĐT tổ chức tập huấn dạy học môn "
            "Lịch sử và Địa lý cấp THCS cho 230 giáo viên cốt cán của 11 huyện, thị xã, thành phố."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Nội dung tập huấn tập trung vào xây dựng kế hoạch bài dạy theo chủ đề chung, tổ "
                "chức dạy học tích hợp phân môn Lịch sử và phân môn Địa lý, khai thác bản đồ, tư "
                "liệu lịch sử địa phương trong giờ học."
            ),
            P(
                "Báo cáo viên là các chuyên viên Phòng Giáo dục trung học và giáo viên cốt cán cấp "
                "tỉnh. Học viên được thực hành thiết kế một chủ đề dạy học về lịch sử, địa lý tỉnh "
                "Bình Phước, trong đó có di tích Căn cứ Bộ chỉ huy Miền tại Lộc Ninh."
            ),
            P(
                "Qua tập huấn, nhiều giáo viên cho biết đã tháo gỡ được khó khăn khi một giáo viên "
                "phải dạy cả hai phân môn, nhất là cách phân bổ thời lượng và đánh giá kết quả học "
                "tập của học sinh."
            ),
            Img(
                f"{IMG}/11/1270-tap-huan-ls-dl.jpg",
                printed="Giáo viên thực hành thiết kế chủ đề dạy học",
                caption="Giáo viên thực hành thiết kế chủ đề dạy học",
                style="brdiv",
            ),
            P(
                "Kết thúc đợt tập huấn, các giáo viên cốt cán có trách nhiệm tập huấn lại cho giáo "
                "viên của đơn vị mình trước ngày 30/12/2026."
            ),
            _right("<strong>Phòng GDTrH</strong>"),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "printed": "13:30:00 12-11-2026",
            "user": "bientap01",
            "br_mode": True,
            "short": "Tập huấn dạy học môn Lịch sử và Địa lý theo Chương trình GDPT 2018...",
        },
    ),
    Story(
        id=1268,
        slug="truong-thcs-tan-tien-bu-dop-phat-dong-phong-trao-truong-hoc-xanh-sach-dep",
        title="Trường THCS Tân Tiến (Bù Đốp) phát động phong trào trường học xanh - sạch - đẹp",
        cat="4",
        published_at="2026-11-09",
        summary=(
            "Sáng 9/11, Trường THCS Tân Tiến, huyện Bù Đốp tổ chức lễ phát động phong trào xây "
            "dựng trường học xanh - sạch - đẹp - an toàn năm học 2026-2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi lễ, đại diện Liên đội đã phát động học sinh toàn trường tham gia trồng và "
                "chăm sóc cây xanh, phân loại rác tại nguồn, nói không với túi ni lông và sản phẩm "
                "nhựa dùng một lần."
            ),
            Img(
                f"{IMG}/11/1268-truong-hoc-xanh.jpg",
                printed="Học sinh trồng cây tại khuôn viên trường",
                caption="Học sinh trồng cây tại khuôn viên trường",
                style="figure",
            ),
            P(
                "Mỗi lớp nhận chăm sóc một bồn hoa và một khu vực sân trường; kết quả được chấm điểm "
                "thi đua hằng tuần. Nhà trường cũng ra mắt mô hình “Đổi rác lấy cây xanh”, thu gom "
                "giấy vụn, vỏ chai nhựa để gây quỹ hỗ trợ học sinh khó khăn."
            ),
            P(
                "Ngay sau lễ phát động, thầy và trò nhà trường đã trồng 120 cây xanh, dọn vệ sinh "
                "khu vực cổng trường và tuyến đường liên ấp dẫn vào trường."
            ),
            _right("<em>Tin, ảnh: Nguyễn Thị Thu Trang</em>"),
        ],
        authors=["Nguyễn Thị Thu Trang"],
        photographers=["Nguyễn Thị Thu Trang"],
        opts={"printed": "9 tháng 11, 2026", "user": "pgdbudop", "nfd": True},
    ),
    Story(
        id=1262,
        slug="kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-tai-thi-xa-phuoc-long",
        title="Kiểm tra công tác phổ cập giáo dục, xóa mù chữ tại thị xã Phước Long",
        cat="2",
        published_at="2026-11-05T10:20:00+07:00",
        summary=None,
        blocks=[
            P(
                "Ngày 4/11, đoàn kiểm tra của Sở GD&ĐT đã làm việc với Ban Chỉ đạo phổ cập giáo dục, "
                "xóa mù chữ thị xã Phước Long về kết quả thực hiện năm 2026."
            ),
            P(
                "Theo báo cáo, thị xã tiếp tục duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ 5 "
                "tuổi, phổ cập giáo dục tiểu học mức độ 3, phổ cập giáo dục THCS mức độ 3 và xóa mù "
                "chữ mức độ 2 ở tất cả 7 phường, xã."
            ),
            Img(
                f"{IMG}/11/1262-pcgd-phuoc-long.jpg",
                printed="Đoàn kiểm tra hồ sơ phổ cập tại phường Long Thủy",
                caption="Đoàn kiểm tra hồ sơ phổ cập tại phường Long Thủy",
                style="lazy",
            ),
            P(
                "Đoàn đã kiểm tra xác suất hồ sơ tại phường Long Thủy và xã Long Giang, đối chiếu số "
                "liệu trên hệ thống thông tin điện tử quản lý phổ cập giáo dục với sổ theo dõi của "
                "các trường."
            ),
            P(
                "Đoàn đề nghị thị xã rà soát, cập nhật kịp thời biến động dân số, nhất là số trẻ "
                "theo cha mẹ đi làm ăn xa, để bảo đảm số liệu phổ cập chính xác."
            ),
            _right("<strong>Lê Hải - Phòng GDTX-CN</strong>"),
        ],
        authors=["Lê Hải"],
        opts={"printed": "10:20:00 05-11-2026", "user": "bientap02"},
    ),
    Story(
        id=1259,
        slug="truong-mam-non-hoa-sen-chon-thanh-to-chuc-ngay-hoi-doc-sach-cho-tre",
        title="Trường Mầm non Hoa Sen (Chơn Thành) tổ chức Ngày hội đọc sách cho trẻ",
        cat="4",
        published_at="2026-10-21T15:00:00+07:00",
        summary=(
            "Nhằm hình thành thói quen yêu sách cho trẻ ngay từ lứa tuổi mầm non, ngày 20/10, "
            "Trường Mầm non Hoa Sen, thị xã Chơn Thành tổ chức Ngày hội đọc sách với chủ đề “Bé "
            "vui cùng sách”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày hội có sự tham gia của 420 trẻ và nhiều phụ huynh. Các góc sách được trang trí "
                "sinh động theo từng độ tuổi, với truyện tranh, sách vải, sách chiếu bóng do giáo "
                "viên tự làm từ nguyên vật liệu tái chế."
            ),
            Img(f"{IMG}/10/1259-ngay-hoi-doc-sach-01.jpg", style="center"),
            P(
                "Các bé lớp Lá tự tin kể lại những câu chuyện cổ tích quen thuộc như Tấm Cám, Cây "
                "khế, Sự tích dưa hấu; các bé lớp Chồi, lớp Mầm cùng cô giáo đóng kịch, hát, múa minh "
                "họa theo nội dung truyện."
            ),
            Img(f"{IMG}/10/1259-ngay-hoi-doc-sach-02.jpg", style="center"),
            P(
                "Dịp này, phụ huynh đã quyên góp hơn 600 cuốn sách, truyện cho thư viện thân thiện "
                "của nhà trường."
            ),
            _right("<strong>Tin: Phạm Thị Hoa - Ảnh: Trần Minh</strong>"),
        ],
        authors=["Phạm Thị Hoa"],
        photographers=["Trần Minh"],
        opts={"printed": "Thứ Tư, 21/10/2026 - 15:00", "user": "bientap01"},
    ),
    Story(
        id=1255,
        slug="hoi-nghi-giao-ban-cong-tac-giao-duc-dan-toc-nam-2026",
        title="Hội nghị giao ban công tác giáo dục dân tộc năm 2026",
        cat="2",
        published_at="2026-10-15T16:10:00+07:00",
        summary=(
            "Ngày 15/10, tại Trường Phổ thông Dân tộc nội trú THCS và THPT tỉnh, Sở GD&ĐT tổ chức "
            "hội nghị giao ban công tác giáo dục dân tộc năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Toàn tỉnh hiện có 6 trường phổ thông dân tộc nội trú và 12 trường phổ thông dân tộc "
                "bán trú với hơn 5.800 học sinh. Tỷ lệ học sinh dân tộc thiểu số hoàn thành chương "
                "trình tiểu học đạt 99,2%, tốt nghiệp THCS đạt 97,6%."
            ),
            P(
                "Các đại biểu tập trung thảo luận giải pháp tăng cường tiếng Việt cho trẻ mầm non, "
                "học sinh tiểu học người dân tộc thiểu số; duy trì sĩ số, hạn chế tình trạng học "
                "sinh bỏ học theo gia đình đi làm rẫy vào mùa thu hoạch điều."
            ),
            Img(
                f"{IMG}/10/1255-giao-ban-gddt.jpg",
                printed="Đại biểu phát biểu tham luận tại hội nghị",
                caption="Đại biểu phát biểu tham luận tại hội nghị",
                style="center",
            ),
            P(
                "Phát biểu chỉ đạo, lãnh đạo Sở đề nghị các đơn vị tiếp tục thực hiện tốt chế độ, "
                "chính sách đối với học sinh dân tộc thiểu số, quan tâm bồi dưỡng tiếng dân tộc cho "
                "giáo viên công tác tại vùng đồng bào dân tộc."
            ),
        ],
        source="Cổng TTĐT tỉnh Bình Phước",
        opts={"printed": "16:10:00 15-10-2026", "user": "admin_sgd"},
    ),
]

BY_ID = {s.id: s for s in STORIES}

# --- documents, static pages, album ---------------------------------------------------------

DOCS = [
    {
        "id": 41,
        "so": "2381/KH-SGDĐT",
        "ngay": "2026-11-26",
        "loai": "Kế hoạch",
        "trich_yeu": "Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026-2027",
        "ky": "Trần Văn Lộc",
        "file": "/uploads/vanban/2026/41-kh-hsg-lop12.pdf",
    },
    {
        "id": 39,
        "so": "2297/SGDĐT-GDTrH",
        "ngay": "2026-11-18",
        "loai": "Công văn",
        "trich_yeu": "V/v hướng dẫn kiểm tra, đánh giá học kỳ I năm học 2026-2027 cấp trung học",
        "ky": "Trần Văn Lộc",
        "file": "/uploads/vanban/2026/39-cv-kiem-tra-hk1.pdf",
    },
    {
        "id": 36,
        "so": "1954/QĐ-SGDĐT",
        "ngay": "2026-10-30",
        "loai": "Quyết định",
        "trich_yeu": "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026 của Sở Giáo dục và Đào tạo",
        "ky": "Nguyễn Thị Minh Hương",
        "file": "/uploads/vanban/2026/36-qd-quy-che-chi-tieu.pdf",
    },
]
DOC_BY_ID = {d["id"]: d for d in DOCS}

STATIC_PAGES = {
    "gioi-thieu": (
        "Chức năng, nhiệm vụ, quyền hạn của Sở Giáo dục và Đào tạo",
        [
            "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Bình Phước, "
            "tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục "
            "và đào tạo.",
            "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ "
            "chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng "
            "dẫn, thanh tra, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
            "Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chỉ thị, kế hoạch dài hạn, 5 năm và hằng "
            "năm; chương trình, đề án, dự án về phát triển giáo dục và đào tạo trên địa bàn tỉnh.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Lãnh đạo Sở: Giám đốc và các Phó Giám đốc.",
            "Các phòng chuyên môn: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài "
            "chính; Phòng Giáo dục mầm non - tiểu học; Phòng Giáo dục trung học; Phòng Giáo dục "
            "thường xuyên - chuyên nghiệp; Phòng Quản lý chất lượng.",
            "Các đơn vị sự nghiệp trực thuộc: 33 trường THPT, 6 trường phổ thông dân tộc nội trú, "
            "Trung tâm Kỹ thuật tổng hợp - Hướng nghiệp tỉnh.",
        ],
    ),
}

ALBUM = {
    "id": 12,
    "title": "Lễ khai giảng năm học 2026-2027",
    "photos": [f"/uploads/album/12/khai-giang-{n:02d}.jpg" for n in range(1, 7)],
}


# --- helpers --------------------------------------------------------------------------------


def article_path(story: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/chi-tiet/{story.id}/{slug or story.slug}.html"


def view_path(story: Story) -> str:
    return f"/tin-tuc/view?id={story.id}"


def legacy_path(story: Story) -> str:
    return f"/index.php?r=tin-tuc%2Fview&id={story.id}"


def cat_path(cat_id: int) -> str:
    return f"/tin-tuc/danh-muc/{cat_id}-{CATS[cat_id][0]}"


def listing(cat_id: int) -> list[Story]:
    items = [s for s in STORIES if int(s.cat) == cat_id or cat_id in s.opts.get("also_in", [])]
    return sorted(items, key=lambda s: (s.published_at or "", s.id), reverse=True)


def newest(limit: int) -> list[Story]:
    return sorted(STORIES, key=lambda s: (s.published_at or "", s.id), reverse=True)[:limit]


def short_title(story: Story) -> str:
    return story.opts.get("short") or story.title


def _ymd(story: Story) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in (story.published_at or "")[:10].split("-"))
    return y, m, d


def relative(story: Story) -> str:
    """``Formatter::asRelativeTime`` as the vi translation prints it (largest DateInterval part)."""
    y, m, d = _ymd(story)
    ty, tm, td = TODAY_ISO
    months = (ty - y) * 12 + (tm - m) - (1 if td < d else 0)
    if months >= 1:
        return f"{months} tháng trước"
    days = (date(ty, tm, td) - date(y, m, d)).days
    return f"{max(days, 1)} ngày trước"


def short_date(story: Story) -> str:
    y, m, d = _ymd(story)
    return f"{d:02d}/{m:02d}/{y}"


def views_text(story: Story) -> str:
    return f"{story.views():,}".replace(",", ".")


def thumb(story: Story) -> str:
    return f"/uploads/news/thumb/{story.id}.jpg"


def csrf(request: Request) -> str:
    return opaque("csrf" + request.target, 40)


# --- chrome ---------------------------------------------------------------------------------

ASSET_BS = "/assets/3f8c1a2b/css/bootstrap.css"
ASSET_JQ = "/assets/9d41be07/jquery.js"
ASSET_YII = "/assets/62c0fa14/yii.js"
ASSET_BSJS = "/assets/3f8c1a2b/js/bootstrap.js"
THEME = "/themes/sgdbp"


def _nav(active: str = "") -> str:
    def cat_li(cid: int) -> str:
        cls = ' class="active"' if active == f"cat{cid}" else ""
        return f'<li{cls}><a href="{cat_path(cid)}" tabindex="-1">{esc(CATS[cid][1])}</a></li>'

    return (
        '<nav id="w0" class="navbar-inverse navbar-menu navbar" role="navigation">'
        '<div class="container"><div class="navbar-header">'
        '<button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#w0-collapse">'
        '<span class="sr-only">Toggle navigation</span><span class="icon-bar"></span>'
        '<span class="icon-bar"></span><span class="icon-bar"></span></button></div>'
        '<div id="w0-collapse" class="collapse navbar-collapse"><ul id="w1" class="navbar-nav nav">'
        '<li><a href="/"><span class="glyphicon glyphicon-home"></span> Trang chủ</a></li>'
        '<li class="dropdown"><a class="dropdown-toggle" href="#" data-toggle="dropdown">Giới thiệu '
        '<span class="caret"></span></a><ul id="w2" class="dropdown-menu">'
        '<li><a href="/trang/gioi-thieu.html" tabindex="-1">Chức năng, nhiệm vụ</a></li>'
        '<li><a href="/trang/co-cau-to-chuc.html" tabindex="-1">Cơ cấu tổ chức</a></li></ul></li>'
        '<li class="dropdown"><a class="dropdown-toggle" href="#" data-toggle="dropdown">Tin tức - '
        'Sự kiện <span class="caret"></span></a><ul id="w3" class="dropdown-menu">'
        + cat_li(2)
        + cat_li(4)
        + cat_li(6)
        + "</ul></li>"
        '<li><a href="/van-ban/index">Văn bản</a></li>'
        '<li><a href="/thu-vien-anh/album/12">Thư viện ảnh</a></li>'
        '<li class="dropdown"><a class="dropdown-toggle" href="#" data-toggle="dropdown">Dịch vụ công '
        '<span class="caret"></span></a><ul id="w4" class="dropdown-menu">'
        '<li><a href="https://dichvucong.binhphuoc.gov.vn" target="_blank" tabindex="-1">Cổng dịch vụ công tỉnh</a></li>'
        '<li><a href="https://csdl.moet.gov.vn" target="_blank" tabindex="-1">CSDL ngành</a></li></ul></li>'
        '<li><a href="/lien-he">Liên hệ</a></li></ul></div></div></nav>'
    )


def _sidebar() -> str:
    docs = "".join(
        f'<li><a href="/van-ban/chi-tiet/{d["id"]}">{esc(d["so"])}</a>'
        f'<p class="vb-ty">{esc(d["trich_yeu"])}</p></li>'
        for d in DOCS
    )
    most = "".join(
        f'<li><a href="{article_path(BY_ID[i])}">{esc(short_title(BY_ID[i]))}</a></li>'
        for i in (1287, 1281, 1283, 1270)
    )
    return (
        '<div class="col-md-3 col-sm-4 cot-phai">'
        '<div class="portlet"><div class="portlet-tit">Văn bản mới</div><ul class="ds-vb">'
        + docs
        + '</ul><a class="xem-them" href="/van-ban/index">Xem tất cả »</a></div>'
        '<div class="portlet"><div class="portlet-tit">Tin đọc nhiều</div><ol class="ds-docnhieu">'
        + most
        + "</ol></div>"
        '<div class="portlet"><div class="portlet-tit">Thăm dò ý kiến</div>'
        '<form id="poll-form" action="/binh-chon/vote" method="post">'
        '<input type="hidden" name="_csrf" value="x">'
        "<p>Bạn đánh giá thế nào về giao diện Cổng thông tin mới?</p>"
        '<div class="radio"><label><input type="radio" name="Vote[option]" value="1"> Đẹp, dễ sử dụng</label></div>'
        '<div class="radio"><label><input type="radio" name="Vote[option]" value="2"> Bình thường</label></div>'
        '<div class="radio"><label><input type="radio" name="Vote[option]" value="3"> Khó tìm thông tin</label></div>'
        '<button type="submit" class="btn btn-primary btn-xs">Bình chọn</button></form></div>'
        '<div class="portlet"><div class="portlet-tit">Liên kết website</div>'
        '<select class="form-control" onchange="window.open(this.value)">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://binhphuoc.gov.vn">Cổng TTĐT tỉnh Bình Phước</option>'
        '<option value="https://baobinhphuoc.com.vn">Báo Bình Phước</option></select>'
        f'<a href="https://moet.gov.vn" target="_blank"><img src="{THEME}/images/banner-moet.png" '
        'alt="Bộ GD&amp;ĐT" class="img-responsive"></a></div>'
        '<div class="portlet"><div class="portlet-tit">Thống kê truy cập</div><ul class="thong-ke">'
        "<li>Đang online: <b>37</b></li><li>Hôm nay: <b>1.204</b></li>"
        "<li>Tổng truy cập: <b>2.345.678</b></li></ul></div>"
        "</div>"
    )


def layout(
    request: Request,
    head_title: str,
    main: str,
    *,
    active: str = "",
    canonical: str | None = None,
    description: str | None = None,
    og_title: str | None = None,
    sidebar: bool = True,
) -> str:
    """The theme's ``views/layouts/main.php``; ``head_title`` is inserted as given (pre-escaped)."""
    extra = ""
    if canonical:
        extra += f'<link href="{base_url(request)}{canonical}" rel="canonical">\n'
        extra += f'<meta property="og:url" content="{base_url(request)}{canonical}">\n'
    if og_title:
        extra += f'<meta property="og:title" content="{og_title}">\n'
    if description:
        extra += f'<meta name="description" content="{esc(description)}">\n'
    cols = (
        f'<div class="col-md-9 col-sm-8 cot-trai">{main}</div>{_sidebar()}'
        if sidebar
        else f'<div class="col-md-12">{main}</div>'
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi-VN">\n<head>\n<meta charset="UTF-8">\n'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="csrf-param" content="_csrf-frontend">\n'
        f'<meta name="csrf-token" content="{csrf(request)}">\n'
        f"<title>{head_title} | Sở GD&amp;ĐT Bình Phước</title>\n"
        f"{extra}"
        f'<link href="{ASSET_BS}" rel="stylesheet">\n'
        f'<link href="{THEME}/css/site.css?v=1564012345" rel="stylesheet">\n'
        f'<link rel="shortcut icon" href="{THEME}/images/favicon.ico">\n'
        "</head>\n<body>\n"
        '<div class="wrap">\n'
        '<div class="top-bar"><div class="container">'
        f'<span class="ngay-hom-nay"><i class="glyphicon glyphicon-calendar"></i> {HEADER_DAY}</span>'
        '<span class="pull-right"><a href="/lien-he">Liên hệ</a> | '
        '<a href="https://mail.binhphuoc.gov.vn" target="_blank">Thư điện tử</a></span>'
        "</div></div>\n"
        '<header class="banner"><div class="container"><a href="/" class="logo">'
        f'<img src="{THEME}/images/logo-sgd.png" alt="Logo Sở GD&amp;ĐT Bình Phước"></a>'
        '<div class="banner-text"><div class="ten-ubnd">ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC</div>'
        '<h1 class="ten-don-vi">SỞ GIÁO DỤC VÀ ĐÀO TẠO</h1>'
        '<div class="slogan">Cổng thông tin điện tử</div></div></div></header>\n'
        + _nav(active)
        + '\n<div class="container noi-dung-chinh"><div class="row">'
        + cols
        + "</div></div>\n</div>\n"
        '<footer class="footer"><div class="container"><div class="row">'
        '<div class="col-md-8"><p class="ft-ten"><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BÌNH PHƯỚC</b></p>'
        "<p>Địa chỉ: Số 09 đường Trần Hưng Đạo, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước</p>"
        "<p>Điện thoại: 0271.3879.115 - Fax: 0271.3879.116 - Email: sgddt@binhphuoc.gov.vn</p>"
        "<p>Chịu trách nhiệm nội dung: Giám đốc Sở Giáo dục và Đào tạo</p></div>"
        '<div class="col-md-4 text-right"><p>© Bản quyền 2019 Sở GD&amp;ĐT Bình Phước</p>'
        '<p class="ft-tk">Thiết kế: Công ty TNHH Giải pháp phần mềm Sông Bé</p>'
        '<p class="ft-yii">Powered by <a href="http://www.yiiframework.com/" rel="external">Yii Framework</a></p>'
        "</div></div></div></footer>\n"
        f'<script src="{ASSET_JQ}"></script>\n<script src="{ASSET_YII}"></script>\n'
        f'<script src="{ASSET_BSJS}"></script>\n'
        f'<script src="{THEME}/js/jquery.lazyload.min.js"></script>\n'
        '<script>jQuery(function ($) {$("img.lazy").lazyload({effect: "fadeIn"});});</script>\n'
        '<div id="yii-debug-toolbar" data-url="/debug/default/toolbar?tag=5c3e1f0a9b2d4" '
        'style="display:none" class="yii-debug-toolbar-bottom"></div>\n'
        "</body>\n</html>\n"
    )


def breadcrumb(items: list[tuple[str, str | None]]) -> str:
    out = ['<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li>']
    for label, href in items:
        if href:
            out.append(f'<li><a href="{href}">{esc(label)}</a></li>')
        else:
            out.append(f'<li class="active">{esc(label)}</li>')
    return "\n".join(out) + "\n</ul>"


# --- article page ---------------------------------------------------------------------------


def _img_html(img: Img, story: Story) -> str:
    nfd = bool(story.opts.get("nfd"))
    cap = text(img.printed, nfd=nfd) if img.printed else ""
    if img.style == "figure":
        return (
            f'<figure class="image" style="display:inline-block"><img alt="" height="400" '
            f'src="{img.src}" width="600" />'
            + (f"<figcaption>{cap}</figcaption>" if cap else "")
            + "</figure>"
        )
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" class="tbl-anh" '
            'style="width: 600px;"><tbody><tr><td><img alt="" src="'
            + img.src
            + '" style="width: 600px; height: 400px;" /></td></tr><tr><td style="text-align: center;">'
            f'<span style="font-size:12px;"><em>{cap}</em></span></td></tr></tbody></table>'
        )
    if img.style == "lazy":
        out = (
            f'<p style="text-align: center;"><img class="lazy" src="{THEME}/images/grey.gif" '
            f'data-original="{img.src}" alt="" width="640" height="427" />'
            f'<noscript><img src="{img.src}" alt="" /></noscript></p>'
        )
        return out + (f'<p style="text-align: center;"><em>{cap}</em></p>' if cap else "")
    if img.style == "brdiv":
        return (
            f'<div style="text-align: center;"><img alt="" src="{img.src}" '
            'style="width: 600px; height: 400px;" />'
            + (f"<br />\n<em>{cap}</em>" if cap else "")
            + "</div>"
        )
    out = (
        f'<p style="text-align: center;"><img alt="" src="{img.src}" '
        'style="width: 640px; height: 427px;" /></p>'
    )
    return out + (f'<p style="text-align: center;"><em>{cap}</em></p>' if cap else "")


def render_text(story: Story) -> str:
    """The CKEditor text of a story (inside ``div.tin-noidung``)."""
    nfd = bool(story.opts.get("nfd"))
    out: list[str] = []
    if story.opts.get("sapo_dup") and story.summary:
        dup = text(story.summary).replace(" ", "&nbsp;", 1)
        out.append(f'<p style="text-align: justify;"><strong>{dup}</strong></p>')
    blocks = story.blocks
    i = 0
    br_lines: list[str] = []

    def flush_br() -> None:
        if br_lines:
            out.append(
                '<div style="text-align: justify;">' + "<br />\n<br />\n".join(br_lines) + "</div>"
            )
            br_lines.clear()

    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("tr", "li"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "tr":
                rows = []
                for n, row in enumerate(group):
                    cells = row.text.split(" | ")
                    if n == 0:
                        tds = "".join(f"<td><strong>{text(c, nfd=nfd)}</strong></td>" for c in cells)
                    else:
                        tds = "".join(f"<td>{text(c, nfd=nfd)}</td>" for c in cells)
                    rows.append(f"<tr>{tds}</tr>")
                out.append(
                    '<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;">'
                    "<tbody>" + "".join(rows) + "</tbody></table>"
                )
            else:
                out.append(
                    "<ul>" + "".join(f"<li>{text(p.text, nfd=nfd)}</li>" for p in group) + "</ul>"
                )
            continue
        if isinstance(b, P):
            if story.opts.get("br_mode"):
                br_lines.append(text(b.text, nfd=nfd))
            else:
                out.append(f'<p style="text-align: justify;">{text(b.text, nfd=nfd)}</p>')
        elif isinstance(b, Img):
            flush_br()
            out.append(_img_html(b, story))
        else:
            flush_br()
            out.append(b.html)
        i += 1
        if i < len(blocks) and not story.opts.get("br_mode") and i % 3 == 0:
            out.append("<p>&nbsp;</p>")
    flush_br()
    return "\n".join(out)


def related(story: Story) -> list[Story]:
    return [s for s in listing(int(story.cat)) if s.id != story.id][:3]


def article_page(request: Request, story: Story) -> Response:
    nfd = bool(story.opts.get("nfd"))
    cid = int(story.cat)
    cat_label = CATS[cid][1]
    title_h = text(story.title, nfd=nfd)
    # the view did ``$this->title = Html::encode($model->tieu_de)`` and the layout encodes again
    head_title = esc(esc(story.title))
    meta = []
    if story.opts.get("updated"):
        meta.append(
            '<span class="tt-capnhat"><i class="glyphicon glyphicon-refresh"></i> Cập nhật: '
            f'{story.opts["updated"]}</span>'
        )
        meta.append(
            '<span class="tt-ngay"><i class="glyphicon glyphicon-time"></i> Ngày đăng: '
            f'{story.opts["printed"]}</span>'
        )
    else:
        meta.append(
            f'<span class="tt-ngay"><i class="glyphicon glyphicon-time"></i> {story.opts["printed"]}</span>'
        )
    meta.append(
        f'<span class="tt-luotxem"><i class="glyphicon glyphicon-eye-open"></i> Lượt xem: {views_text(story)}</span>'
    )
    meta.append(
        f'<span class="tt-nguoidang"><i class="glyphicon glyphicon-user"></i> Người đăng: {story.opts.get("user", "admin")}</span>'
    )
    sapo = ""
    if story.summary:
        sapo = f'<div class="tin-mota"><strong>{text(story.summary, nfd=nfd)}</strong></div>'
    source = ""
    if story.source and not story.opts.get("source_in_text"):
        source = f'<div class="nguon-tin">Nguồn tin: <span>{esc(story.source)}</span></div>'
    rel = "".join(
        f'<li><a href="{article_path(s)}">{esc(short_title(s))}</a> '
        f'<span class="ngay-nho">({short_date(s)})</span></li>'
        for s in related(story)
    )
    share_url = quote(base_url(request) + article_path(story), safe="")
    main = (
        breadcrumb([(cat_label, cat_path(cid)), (short_title(story), None)])
        + f'\n<div class="tin-chitiet" data-id="{story.id}">'
        '<div class="tin-dau">'
        f'<h1 class="tin-tieude">{title_h}</h1>'
        '<div class="tin-tt">' + " | ".join(meta) + "</div>"
        '<div class="tin-congcu"><a href="javascript:void(0)" class="cc-giam" title="Giảm cỡ chữ">A-</a> '
        '<a href="javascript:void(0)" class="cc-tang" title="Tăng cỡ chữ">A+</a> '
        '<a href="javascript:window.print()" title="In bài"><span class="glyphicon glyphicon-print"></span> In bài</a> '
        '<a href="#" data-toggle="modal" data-target="#modal-guimail"><span class="glyphicon glyphicon-envelope"></span> Gửi email</a></div>'
        "</div>"
        + sapo
        + f'<div class="tin-noidung" id="noidung-{story.id}">\n'
        + render_text(story)
        + "\n"
        + source
        + '<div class="chia-se"><span>Chia sẻ:</span> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank">'
        f'<img src="{THEME}/images/icon-fb.png" alt="Facebook"></a> '
        f'<a href="https://zalo.me/share?url={share_url}" target="_blank">'
        f'<img src="{THEME}/images/icon-zalo.png" alt="Zalo"></a></div>'
        '<div class="tin-cung-chuyen-muc"><h4 class="tit-cm">Tin cùng chuyên mục</h4><ul>'
        + rel
        + "</ul></div>"
        '<div class="binh-luan"><h4>Ý kiến bạn đọc</h4>'
        f'<form id="comment-form" action="{article_path(story)}" method="post">'
        f'<input type="hidden" name="_csrf-frontend" value="{csrf(request)}">'
        '<div class="form-group field-comment-ho_ten required"><label class="control-label" '
        'for="comment-ho_ten">Họ và tên</label><input type="text" id="comment-ho_ten" '
        'class="form-control" name="Comment[ho_ten]" aria-required="true"></div>'
        '<div class="form-group field-comment-noi_dung required"><label class="control-label" '
        'for="comment-noi_dung">Nội dung</label><textarea id="comment-noi_dung" '
        'class="form-control" name="Comment[noi_dung]" rows="4"></textarea></div>'
        '<button type="submit" class="btn btn-success">Gửi ý kiến</button></form></div>'
        "</div></div>"
    )
    page = layout(
        request,
        head_title,
        main,
        active=f"cat{cid}",
        canonical=article_path(story),
        description=story.summary or story.title,
        og_title=head_title,
    )
    return html(page)


# --- listings -------------------------------------------------------------------------------


def _pager(path: str, page: int, pages: int, per_page: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return f"{path}?page={n}&amp;per-page={per_page}"

    out = ['<ul class="pagination">']
    if page == 1:
        out.append('<li class="prev disabled"><span>&laquo;</span></li>')
    else:
        out.append(f'<li class="prev"><a href="{href(page - 1)}" data-page="{page - 2}">&laquo;</a></li>')
    for n in range(1, pages + 1):
        cls = ' class="active"' if n == page else ""
        out.append(f'<li{cls}><a href="{href(n)}" data-page="{n - 1}">{n}</a></li>')
    if page == pages:
        out.append('<li class="next disabled"><span>&raquo;</span></li>')
    else:
        out.append(f'<li class="next"><a href="{href(page + 1)}" data-page="{page}">&raquo;</a></li>')
    out.append("</ul>")
    return "".join(out)


def _item(story: Story) -> str:
    nfd = bool(story.opts.get("nfd"))
    lead = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(lead) > 160:
        lead = lead[:157].rsplit(" ", 1)[0] + "..."
    return (
        f'<div class="item" data-key="{story.id}"><div class="tin-item clearfix">'
        f'<a href="{article_path(story)}" class="tin-anh"><img src="{thumb(story)}" '
        f'alt="{esc(short_title(story))}" class="img-thumbnail"></a>'
        f'<h3 class="tin-tit"><a href="{article_path(story)}">{text(short_title(story), nfd=nfd)}</a></h3>'
        f'<div class="tin-ngay"><span title="{short_date(story)}">{relative(story)}</span></div>'
        f'<p class="tin-tomtat">{text(lead, nfd=nfd)}</p></div></div>'
    )


def category_page(request: Request, cat_id: int) -> Response:
    params = request.params
    try:
        per_page = int(params.get("per-page", PER_PAGE))
    except ValueError:
        per_page = PER_PAGE
    per_page = min(max(per_page, 1), 50)
    items = listing(cat_id)
    pages = max(1, -(-len(items) // per_page))
    try:
        page = int(params.get("page", 1))
    except ValueError:
        page = 1
    page = min(max(page, 1), pages)  # Pagination::validatePage
    chunk = items[(page - 1) * per_page : page * per_page]
    path = cat_path(cat_id)
    begin = (page - 1) * per_page + 1
    main = (
        breadcrumb([(CATS[cat_id][1], None)])
        + f'<div class="danh-muc-tit"><h2>{esc(CATS[cat_id][1])}</h2></div>'
        '<div id="p0" data-pjax-container="" data-pjax-push-state data-pjax-timeout="1000">'
        '<div id="w5" class="list-view">'
        f'<div class="summary">Trình bày <b>{begin}-{begin + len(chunk) - 1}</b> trong số '
        f"<b>{len(items)}</b> mục.</div>"
        + "".join(_item(s) for s in chunk)
        + _pager(path, page, pages, per_page)
        + "</div></div>"
    )
    return html(layout(request, esc(CATS[cat_id][1]), main, active=f"cat{cat_id}"))


def home_page(request: Request) -> Response:
    slides = [BY_ID[i] for i in (1287, 1283, 1277, 1273)]
    active_cls = ' class="active"'
    indicators = "".join(
        f'<li data-target="#carousel-noibat" data-slide-to="{n}"{active_cls if n == 0 else ""}></li>'
        for n in range(len(slides))
    )
    items = "".join(
        f'<div class="item{" active" if n == 0 else ""}"><a href="{view_path(s)}">'
        f'<img src="/uploads/news/slide/{s.id}.jpg" alt="{esc(s.title)}"></a>'
        f'<div class="carousel-caption"><a href="{view_path(s)}">{esc(short_title(s))}</a></div></div>'
        for n, s in enumerate(slides)
    )
    carousel = (
        '<div id="carousel-noibat" class="carousel slide" data-ride="carousel">'
        f'<ol class="carousel-indicators">{indicators}</ol><div class="carousel-inner">{items}</div>'
        '<a class="left carousel-control" href="#carousel-noibat" data-slide="prev">'
        '<span class="glyphicon glyphicon-chevron-left"></span></a>'
        '<a class="right carousel-control" href="#carousel-noibat" data-slide="next">'
        '<span class="glyphicon glyphicon-chevron-right"></span></a></div>'
    )
    marquee = (
        '<div class="thong-bao-chay"><span class="tb-nhan">THÔNG BÁO:</span> '
        '<marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop();" '
        'onmouseout="this.start();">'
        + " &nbsp;&bull;&nbsp; ".join(
            f'<a href="{legacy_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a>' for i in (1283, 1273)
        )
        + "</marquee></div>"
    )
    latest = "".join(
        f'<li><a href="{article_path(s)}">{text(short_title(s), nfd=bool(s.opts.get("nfd")))}</a> '
        f'<span class="ngay-nho" title="{short_date(s)}">{relative(s)}</span></li>'
        for s in newest(5)
    )
    blocks = ""
    for cid, (_slug, label) in CATS.items():
        top = listing(cid)[:3]
        first, rest = top[0], top[1:]
        blocks += (
            f'<div class="khoi-cm khoi-cm-{cid}"><div class="khoi-tit"><a href="{cat_path(cid)}">'
            f"{esc(label)}</a></div>"
            f'<div class="khoi-chinh"><a href="{article_path(first)}"><img src="{thumb(first)}" '
            f'alt="" class="img-responsive"></a><h4><a href="{article_path(first)}">'
            f"{esc(short_title(first))}</a></h4></div><ul>"
            + "".join(f'<li><a href="{article_path(s)}">{esc(short_title(s))}</a></li>' for s in rest)
            + f'</ul><a class="xem-them" href="{cat_path(cid)}">Xem thêm »</a></div>'
        )
    search = (
        '<form id="tim-kiem-form" class="form-inline" action="/tim-kiem" method="get">'
        '<input type="text" class="form-control" name="q" placeholder="Nhập từ khóa...">'
        '<button type="submit" class="btn btn-default">Tìm kiếm</button></form>'
    )
    main = (
        marquee
        + '<div class="row"><div class="col-md-7">'
        + carousel
        + '</div><div class="col-md-5"><div class="tin-moi"><div class="khoi-tit">Tin mới nhất</div><ul>'
        + latest
        + "</ul></div>"
        + search
        + "</div></div>"
        + blocks
    )
    return html(layout(request, "Trang chủ", main))


# --- other pages ----------------------------------------------------------------------------


def static_page(request: Request, key: str) -> Response:
    title, paras = STATIC_PAGES[key]
    main = (
        breadcrumb([("Giới thiệu", None), (title, None)])
        + f'<div class="trang-tinh"><h2 class="tt-tit">{esc(title)}</h2>'
        + "".join(f"<p>{esc(p)}</p>" for p in paras)
        + "</div>"
    )
    return html(layout(request, esc(title), main))


def contact_page(request: Request) -> Response:
    main = (
        breadcrumb([("Liên hệ", None)])
        + '<div class="site-contact"><h2>Liên hệ</h2>'
        "<p>Mọi ý kiến đóng góp, phản ánh xin gửi về Văn phòng Sở Giáo dục và Đào tạo tỉnh Bình Phước.</p>"
        "<p>Điện thoại: 0271.3879.115 - Email: sgddt@binhphuoc.gov.vn</p>"
        '<form id="contact-form" action="/lien-he" method="post">'
        f'<input type="hidden" name="_csrf-frontend" value="{csrf(request)}">'
        '<div class="form-group field-contactform-name required"><label class="control-label" '
        'for="contactform-name">Họ tên</label><input type="text" id="contactform-name" '
        'class="form-control" name="ContactForm[name]"></div>'
        '<div class="form-group field-contactform-email required"><label class="control-label" '
        'for="contactform-email">Email</label><input type="text" id="contactform-email" '
        'class="form-control" name="ContactForm[email]"></div>'
        '<div class="form-group field-contactform-body required"><label class="control-label" '
        'for="contactform-body">Nội dung</label><textarea id="contactform-body" '
        'class="form-control" name="ContactForm[body]" rows="6"></textarea></div>'
        '<button type="submit" class="btn btn-primary" name="contact-button">Gửi</button></form></div>'
    )
    return html(layout(request, "Liên hệ", main))


def _vn_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def docs_index(request: Request) -> Response:
    sort = request.params.get("sort", "")
    if sort not in ("", "so_hieu", "-so_hieu", "ngay_ban_hanh", "-ngay_ban_hanh"):
        sort = ""
    key = sort.lstrip("-") or "ngay_ban_hanh"
    desc = sort.startswith("-") or sort == ""
    field_of = {"so_hieu": "so", "ngay_ban_hanh": "ngay"}
    docs = sorted(DOCS, key=lambda d: d[field_of[key]], reverse=desc)

    def th(attr: str, label: str) -> str:
        if attr == key:
            nxt = attr if desc else f"-{attr}"
            cls = ' class="desc"' if desc else ' class="asc"'
        else:
            nxt, cls = attr, ""
        return f'<th><a{cls} href="/van-ban/index?sort={nxt}" data-sort="{nxt}">{label}</a></th>'

    rows = "".join(
        f'<tr data-key="{d["id"]}"><td>{n}</td><td>{esc(d["so"])}</td><td>{_vn_date(d["ngay"])}</td>'
        f'<td>{esc(d["loai"])}</td><td>{esc(d["trich_yeu"])}</td>'
        f'<td><a href="/van-ban/chi-tiet/{d["id"]}" title="Xem" aria-label="Xem" data-pjax="0">'
        '<span class="glyphicon glyphicon-eye-open"></span></a></td></tr>'
        for n, d in enumerate(docs, 1)
    )
    main = (
        breadcrumb([("Văn bản", None)])
        + '<h2 class="danh-muc-tit">Văn bản chỉ đạo, điều hành</h2>'
        '<div id="w6" class="grid-view">'
        f'<div class="summary">Trình bày <b>1-{len(docs)}</b> trong số <b>{len(docs)}</b> mục.</div>'
        '<table class="table table-striped table-bordered"><thead><tr><th>#</th>'
        + th("so_hieu", "Số hiệu")
        + th("ngay_ban_hanh", "Ngày ban hành")
        + "<th>Loại văn bản</th><th>Trích yếu</th>"
        '<th class="action-column">&nbsp;</th></tr></thead><tbody>'
        + rows
        + "</tbody></table></div>"
    )
    return html(layout(request, "Văn bản", main, active="vb"))


def doc_page(request: Request, doc: dict) -> Response:
    main = (
        breadcrumb([("Văn bản", "/van-ban/index"), (doc["so"], None)])
        + f'<h2 class="vb-tit">{esc(doc["trich_yeu"])}</h2>'
        '<table id="w7" class="table table-striped table-bordered detail-view"><tbody>'
        f'<tr><th>Số ký hiệu</th><td>{esc(doc["so"])}</td></tr>'
        f'<tr><th>Ngày ban hành</th><td>{_vn_date(doc["ngay"])}</td></tr>'
        f'<tr><th>Loại văn bản</th><td>{esc(doc["loai"])}</td></tr>'
        "<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>"
        f'<tr><th>Người ký</th><td>{esc(doc["ky"])}</td></tr>'
        f'<tr><th>Trích yếu</th><td>{esc(doc["trich_yeu"])}</td></tr>'
        f'<tr><th>Tệp đính kèm</th><td><a href="{doc["file"]}" target="_blank">'
        '<span class="glyphicon glyphicon-download-alt"></span> Tải về</a></td></tr>'
        "</tbody></table>"
    )
    return html(layout(request, esc(doc["so"]), main, active="vb"))


def album_page(request: Request) -> Response:
    photos = "".join(
        f'<div class="col-xs-6 col-md-4"><a href="{p}" class="thumbnail fancybox" rel="album12">'
        f'<img src="{p}" alt="Ảnh {n}"></a></div>'
        for n, p in enumerate(ALBUM["photos"], 1)
    )
    main = (
        breadcrumb([("Thư viện ảnh", None), (ALBUM["title"], None)])
        + f'<h2 class="album-tit">{esc(ALBUM["title"])}</h2>'
        '<p class="album-ngay">Ngày tạo: 05/09/2026 | Số ảnh: 6</p>'
        f'<div class="row album-anh">{photos}</div>'
    )
    return html(layout(request, esc(ALBUM["title"]), main))


def search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    if not q:
        found: list[Story] = []
        note = "<p>Vui lòng nhập từ khóa cần tìm.</p>"
    else:
        found = [s for s in newest(len(STORIES)) if q.lower() in s.title.lower()]
        note = f"<p>Kết quả tìm kiếm cho: <b>{esc(q)}</b></p>"
    body = "".join(_item(s) for s in found) or '<div class="empty">Không tìm thấy kết quả nào.</div>'
    main = breadcrumb([("Tìm kiếm", None)]) + note + f'<div class="list-view">{body}</div>'
    return html(layout(request, "Tìm kiếm", main))


def not_found(request: Request) -> Response:
    main = (
        '<div class="site-error"><h2>Not Found (#404)</h2><div class="alert alert-danger">'
        "Không tìm thấy trang.</div><p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p></div>"
    )
    return html(layout(request, "Not Found (#404)", main), status=404)


# --- routing --------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/tin-tuc/chi-tiet/(\d+)/([a-z0-9-]+)\.html$")
_CATEGORY = re.compile(r"^/tin-tuc/danh-muc/(\d+)-([a-z0-9-]+)$")
_DOC = re.compile(r"^/van-ban/chi-tiet/(\d+)$")
_PAGE = re.compile(r"^/trang/([a-z0-9-]+)\.html$")
_PDF = re.compile(r"^/uploads/vanban/2026/[a-z0-9-]+\.pdf$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path.startswith(("/uploads/", "/themes/", "/assets/")):
            if path.endswith(".pdf"):
                if _PDF.match(path):
                    return Response(200, PDF, {"Content-Type": "application/pdf"})
                return None
            return static_file(path)
        if path == "/binh-chon/vote":
            return html(
                "<html><body><h1>Bad Request (#400)</h1><p>Không thể xác thực dữ liệu bạn gửi lên.</p>"
                "</body></html>",
                status=400,
            )
        if path in ("/", "/index.php") and not params.get("r"):
            return home_page(request)
        story: Story | None = None
        if (path == "/index.php" and params.get("r") == "tin-tuc/view") or path == "/tin-tuc/view":
            story = BY_ID.get(int(params["id"])) if params.get("id", "").isdigit() else None
        elif m := _ARTICLE.match(path):
            story = BY_ID.get(int(m.group(1)))
        if story is not None:
            return article_page(request, story)
        if path.startswith(("/tin-tuc/chi-tiet/", "/tin-tuc/view", "/index.php")):
            return not_found(request)
        if (m := _CATEGORY.match(path)) and int(m.group(1)) in CATS:
            return category_page(request, int(m.group(1)))
        if path == "/van-ban/index":
            return docs_index(request)
        if (m := _DOC.match(path)) and int(m.group(1)) in DOC_BY_ID:
            return doc_page(request, DOC_BY_ID[int(m.group(1))])
        if (m := _PAGE.match(path)) and m.group(1) in STATIC_PAGES:
            return static_page(request, m.group(1))
        if path == "/lien-he":
            return contact_page(request)
        if path == f"/thu-vien-anh/album/{ALBUM['id']}":
            return album_page(request)
        if path == "/tim-kiem":
            return search_page(request)
        if path.endswith((".ico", ".png")):
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alts = [view_path(story), legacy_path(story)]
    if story.opts.get("old_slug"):
        alts.append(article_path(story, story.opts["old_slug"]))
    return gold_record(
        story,
        article_path(story),
        CATS[int(story.cat)][1],
        canonical_path=article_path(story),
        alt_paths=alts,
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/trang/gioi-thieu.html",
    "/trang/co-cau-to-chuc.html",
    "/lien-he",
    "/van-ban/chi-tiet/41",
    "/van-ban/chi-tiet/39",
    "/van-ban/chi-tiet/36",
    "/thu-vien-anh/album/12",
]
