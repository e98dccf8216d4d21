"""TYPO3 12 LTS + bootstrap_package + georgringer/news: Trường THPT Trần Phú, thành phố Hải Phòng.

Platform
--------
A TYPO3 12 LTS site with the "bootstrap_package" theme (navbar with drop-downs, breadcrumb,
``frame frame-default frame-type-…`` content elements, cookie banner, skip links) and the "news"
extension (tx_news) overriding the default list/detail templates with the vendor's own class names
(``tin-item``, ``tin-ct``, ``tg``, ``ngay-dang`` …) while keeping the extension's ``itemprop``s.
Speaking URLs come from route enhancers; the old ``index.php?id=12&tx_news_pi1[…]`` links of the
pre-upgrade site still answer (TYPO3 resolves them when the cHash is right).

URL scheme
----------
- ``/``                                home: carousel of top news, "Tin mới" list, "Thông báo" box
- ``/tin-tuc``, ``/tin-tuc/page-2``, ``/tin-tuc/page-3``   news list plugin, 5 records per page
- ``/tin-tuc/chuyen-muc/<cat>`` (+ ``/page-2``)            category list, 5 records per page
- ``/tin-tuc/luu-tru/2026/<mm>``        date menu (archive) of Oct, Nov, Dec 2026
- ``/tin-tuc/chi-tiet/<slug>``          news detail (gold path; the canonical link names it)
- ``/index.php?id=12&tx_news_pi1%5Bnews%5D=<uid>&tx_news_pi1%5Bcontroller%5D=News&tx_news_pi1%5Baction%5D=detail&cHash=<md5>``
  legacy detail URL, linked from the "Tin xem nhiều" sidebar (an old extension); a wrong or
  missing cHash gives TYPO3's 404
- ``/tin-tuc/chi-tiet/<slug>/``         301 to the address without the slash
- ``/gioi-thieu`` (sub-pages menu), ``/gioi-thieu/lich-su-truong``, ``/gioi-thieu/ban-giam-hieu``,
  ``/gioi-thieu/thanh-tich``, ``/thu-vien-anh``, ``/thu-vien-anh/le-khai-giang-2026``, ``/lien-he``,
  ``/en/`` (English landing page), ``/tim-kiem`` (indexed_search, POST form)
- ``/fileadmin/…``, ``/typo3conf/ext/…``, ``/_assets/…``: images, styles, scripts

Page templates
--------------
Every page: bootstrap_package chrome (top bar with today's date "Thứ Bảy, 05/12/2026", language
link, logo, navbar with drop-downs, cookie consent text, breadcrumb), a ``col-lg-8`` main column
and a ``col-lg-4`` sidebar (search, "Tin xem nhiều", links, poll, visitor counter), footer with
address, phone, obfuscated e-mail (``linkTo_UnCryptMailto``) and copyright.
The detail page prints the page title "Tin tức" in an ``<h1>`` of the page header and the news
headline in the template's ``<h3 itemprop="headline">``; then the meta line (date, categories,
author field), the teaser (``div.lead``), the media images (``div.tin-anh-wrap``), the RTE text
(``div.tin-noidung``), the news content elements (bootstrap_package frames), related files,
related news, tags, share tools and "Các tin khác".

How each gold article is reached
--------------------------------
All 13 are in the news list (``/tin-tuc`` pages 1–3, 5 records a page, with two link-type records
in between: page 1 shows 192, 189, 190, 186, 183; page 2 181, a link record, 178, 176, 172; page 3
a link record, 169, 165, 161, 158), in their categories' lists (first category and second) and in
the archive months. The home page shows the six newest, the carousel three top news, the
"Thông báo" box both notices. The oldest (``khai-giang…``, uid 158) is on no first page at all:
only ``/tin-tuc/page-3`` (page 1's paginator shows "1 2 … Sau ›"; page 3 is linked from page 2),
``/tin-tuc/chuyen-muc/tin-tuc-su-kien/page-2`` and the archive of October list it.

Traps
-----
1. Headline vs. page title: the detail page has ``<h1>Tin tức</h1>`` (the TYPO3 page's header) and
   the news headline in ``<h3 itemprop="headline">``; the list crops titles ("…") with the full one
   only in the link's ``title``. Gold title = the h3 text, uncropped.
2. Legacy duplicates: "Tin xem nhiều" links the old ``index.php?id=12&tx_news_pi1[news]=…&cHash=…``
   form of four articles; it serves the same article (canonical = speaking URL). Gold: path is the
   speaking URL, the legacy URL is in ``alt_paths``. A fifth legacy link points to a hidden record
   (uid 150): TYPO3 answers 200 with the chrome and "Không tìm thấy tin tức." - no article.
3. News records of type "internal page" and "external URL" sit in the news list like articles
   (thumbnail, date, teaser): one opens ``/gioi-thieu/thanh-tich`` (a non-article page), one a
   newspaper on another host. Neither is gold.
4. Dates: the detail prints "28/11/2026 06:15" while ``article:published_time`` and the
   ``<time datetime>`` say ``2026-11-27T23:15:00+00:00`` (PHP's UTC in the attribute): the day
   taken from the attribute is wrong. Gold: the printed local time "2026-11-28T06:15:00+07:00".
   A record whose time prints "00:00" is a day alone. Every detail also prints
   "Cập nhật: …" (the record's tstamp) under the text: never the publication date. The list shows
   dates as "28.11.2026" (the extension's default format).
5. Official notice: a news record whose RTE text is a typed administrative notice (letterhead
   table, "Số: 215/TB-THPTTP", "Hải Phòng, ngày 30 tháng 11 năm 2026", "THÔNG BÁO", "Về việc …",
   "Nơi nhận", "HIỆU TRƯỞNG", signer). Gold date: the letterhead's day "2026-11-30" (the record's
   date line says 01/12/2026 08:00); author: the signer "Vũ Văn Thành"; body: only the text between
   the subject and the closing.
6. Bylines: the author field printed with ``itemprop="author"`` may hold the CMS account
   ("Người đăng: admin_tranphu" -> nobody; the real "Tin, ảnh: Phạm Minh Đức" line closes the text
   -> authors and photographers), a name with degree and post ("ThS. Trần Quốc Bảo - Tổ trưởng tổ
   Toán" -> "Trần Quốc Bảo"), a unit ("Tổ Tin học" -> as printed) or "Admin" (-> nobody);
   "Tin: Nguyễn Thu Trang - Ảnh: Đỗ Quang Huy" splits into authors and photographers.
7. Multi-category records: a record filed in two categories is listed in both category lists; the
   breadcrumb only says "Tin tức / Chi tiết tin". Gold category: the first category the detail's
   "Chuyên mục:" line prints.
8. Text boundaries: the news content elements are bootstrap_package frames inside the article
   (``frame-type-header``/``text``/``table``/``accordion``/``image``): their headers, table rows
   (cells joined by " | ") and accordion items (title, then text, collapsed by CSS) are body.
   Related files ("Tệp đính kèm"), related news ("Tin liên quan"), tags, "Xem thêm:" lines,
   "Cập nhật:" line, share tools, "Các tin khác" and the cookie banner are not. A ``<br>`` inside
   an RTE paragraph splits it.
9. Captions: media images print their caption in ``p.tin-anh-cap`` (parentheses taken off in gold),
   RTE images have the caption as the next centered italic paragraph (not body), gallery frames
   use ``figcaption``; a line "Ảnh: Đỗ Quang Huy" only credits the photographer (caption None).
   The image's gold path is the ``<img src>`` (a ``/fileadmin/_processed_/…/csm_…`` file), not the
   lightbox link's full-size original. List thumbnails are never article images.
10. Sapo: the news teaser is printed in ``div.lead`` above the text (summary, and the body's first
   paragraph); a record without teaser but with a bold first paragraph has that as sapo; one with
   neither has a meta description only -> summary null.

Gold decisions on ambiguous points
----------------------------------
- Category = first category of the detail's "Chuyên mục:" line (the breadcrumb names no category).
- Image path = the ``<img src>`` printed in the article, not the lightbox ``href``.
- Accordion items in the news content elements are body (title paragraph, then its text).
- The emoji in a title is kept; "Nguồn: Sở GD&ĐT Hải Phòng" -> source "Sở GD&ĐT Hải Phòng".
- The English landing page ``/en/`` and ``/gioi-thieu`` (a sub-pages menu) are neither gold nor in
  NON_ARTICLES (they are listings of a kind); the soft-404 legacy page is neither either.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "typo3_bootstrap_thpt"
PLATFORM = "TYPO3 12 LTS + bootstrap_package + news (tx_news), route enhancers"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SCHOOL = "Trường THPT Trần Phú"
DETAIL_PID = 12

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "doan-thanh-nien": "Đoàn Thanh niên",
    "thong-bao": "Thông báo",
}
PER_PAGE = 5
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def chash(uid: int) -> str:
    return hashlib.md5(f"id={DETAIL_PID}&tx_news_pi1[news]={uid}".encode()).hexdigest()


def legacy_path(uid: int, encoded: bool = True) -> str:
    lb, rb = ("%5B", "%5D") if encoded else ("[", "]")
    return (
        f"/index.php?id={DETAIL_PID}&tx_news_pi1{lb}news{rb}={uid}"
        f"&tx_news_pi1{lb}controller{rb}=News&tx_news_pi1{lb}action{rb}=detail&cHash={chash(uid)}"
    )


def fa(name: str) -> str:
    """A processed (csm_) image path as TYPO3's image service prints it."""
    h = hashlib.md5(name.encode()).hexdigest()
    return f"/fileadmin/_processed_/{h[0]}/{h[1]}/csm_{name.rsplit('.', 1)[0]}_{h[2:12]}.jpg"


def full_size(src: str) -> str:
    """The original behind a processed image (what the lightbox link opens)."""
    m = re.match(r"^/fileadmin/_processed_/\w/\w/csm_(.+)_[0-9a-f]{10}\.jpg$", src)
    return orig(m.group(1) + ".jpg") if m else src


def orig(name: str) -> str:
    return f"/fileadmin/user_upload/tin-tuc/2026/{name}"


# --- the 13 articles -----------------------------------------------------------------------
# opts: date_shown (detail's printed date line), list_date (dd.mm.yyyy), utc (the UTC attribute),
# cats (category slugs in order), author_field (printed with itemprop=author, or None),
# updated (the "Cập nhật" line), thumb (list thumbnail file), teaser (list teaser)

STORIES: list[Story] = [
    Story(
        id=192,
        slug="hoi-nghi-cha-me-hoc-sinh-khoi-12-trien-khai-ke-hoach-on-thi-tot-nghiep-thpt-nam-2027",
        title="Hội nghị cha mẹ học sinh khối 12 triển khai kế hoạch ôn thi tốt nghiệp THPT năm 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-12-04T16:20:00+07:00",
        summary=(
            "Chiều 04/12, Trường THPT Trần Phú tổ chức hội nghị cha mẹ học sinh khối 12 nhằm "
            "thống nhất kế hoạch ôn thi tốt nghiệp THPT năm 2027 giữa nhà trường và gia đình."
        ),
        sapo_outside=True,
        blocks=[
            Img(fa("hoi-nghi-cmhs-12-1.jpg"), "(Toàn cảnh hội nghị cha mẹ học sinh khối 12)",
                "Toàn cảnh hội nghị cha mẹ học sinh khối 12", "media"),
            Img(fa("hoi-nghi-cmhs-12-2.jpg"), "Thầy Vũ Văn Thành, Hiệu trưởng nhà trường phát biểu",
                "Thầy Vũ Văn Thành, Hiệu trưởng nhà trường phát biểu", "media"),
            P("Tham dự hội nghị có thầy Vũ Văn Thành, Hiệu trưởng; các đồng chí trong Ban giám hiệu, "
              "giáo viên chủ nhiệm 12 lớp khối 12 và hơn 500 phụ huynh học sinh."),
            P("Tại hội nghị, cô Lê Thu Hằng, Phó Hiệu trưởng phụ trách chuyên môn đã báo cáo kết quả "
              "khảo sát chất lượng đầu năm, phân tích điểm mạnh, điểm yếu của từng môn thi."),
            P("Kế hoạch ôn thi được chia thành ba giai đoạn:", "p"),
            P("Giai đoạn 1 (từ tháng 12/2026 đến tháng 02/2027): củng cố kiến thức nền tảng.", "li"),
            P("Giai đoạn 2 (từ tháng 3 đến tháng 4/2027): luyện đề theo cấu trúc của Bộ GD&ĐT.", "li"),
            P("Giai đoạn 3 (tháng 5/2027): ôn tập tổng hợp và thi thử.", "li"),
            P("Nhiều phụ huynh đã trao đổi, đóng góp ý kiến về việc tổ chức học thêm buổi chiều, "
              "chế độ ăn nghỉ bán trú và việc quản lý điện thoại của học sinh trong giờ học."),
        ],
        authors=["Lê Thu Hằng"],
        opts={
            "date_shown": "04/12/2026 16:20", "list_date": "04.12.2026",
            "utc": "2026-12-04T09:20:00+00:00", "cats": ["tin-tuc-su-kien"],
            "author_field": ("Tác giả", "ThS. Lê Thu Hằng - Phó Hiệu trưởng", "lethuhang@thpttranphu.edu.vn"),
            "updated": "05/12/2026 07:42", "thumb": "hoi-nghi-cmhs-12-1.jpg",
        },
    ),
    Story(
        id=190,
        slug="thong-bao-ve-viec-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo về việc kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw("letterhead"),
            P("Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027; Trường THPT Trần Phú thông báo "
              "lịch kiểm tra cuối học kỳ I như sau:"),
            P("1. Thời gian kiểm tra: từ ngày 21/12/2026 đến ngày 26/12/2026.", "p"),
            P("2. Hình thức: kiểm tra tập trung theo khối, đề chung do tổ chuyên môn xây dựng.", "p"),
            P("3. Lịch cụ thể:", "p"),
            P("Ngày | Buổi sáng | Buổi chiều", "tr"),
            P("21/12/2026 | Ngữ văn | Lịch sử", "tr"),
            P("22/12/2026 | Toán | Tiếng Anh", "tr"),
            P("23/12/2026 | Các môn lựa chọn | Giáo dục quốc phòng và an ninh", "tr"),
            P("Giáo viên chủ nhiệm thông báo tới học sinh và cha mẹ học sinh; học sinh có mặt tại "
              "phòng thi trước giờ kiểm tra 15 phút, mang theo thẻ học sinh."),
            Raw("closing"),
        ],
        authors=["Vũ Văn Thành"],
        opts={
            "date_shown": "01/12/2026 08:00", "list_date": "01.12.2026",
            "utc": "2026-12-01T01:00:00+00:00", "cats": ["thong-bao"],
            "author_field": ("Người đăng", "Admin", None),
            "updated": "01/12/2026 08:05", "thumb": "thong-bao-chung.png", "notice": True,
        },
    ),
    Story(
        id=189,
        slug="doan-truong-phat-dong-thang-an-toan-giao-thong",
        title="Đoàn trường phát động Tháng an toàn giao thông",
        cat="doan-thanh-nien",
        published_at="2026-12-02",
        summary=(
            "Sáng thứ Hai 30/11, trong buổi chào cờ đầu tuần, Ban Chấp hành Đoàn trường đã phát động "
            "Tháng an toàn giao thông tới toàn thể đoàn viên, thanh niên."
        ),
        blocks=[
            P("Sáng thứ Hai 30/11, trong buổi chào cờ đầu tuần, Ban Chấp hành Đoàn trường đã phát động "
              "Tháng an toàn giao thông tới toàn thể đoàn viên, thanh niên.", "bold"),
            Img(orig("atgt-chao-co.jpg"), "Đoàn viên ký cam kết chấp hành Luật Giao thông đường bộ",
                "Đoàn viên ký cam kết chấp hành Luật Giao thông đường bộ", "rte"),
            P("Theo thống kê của Công an thành phố, trong năm 2026 có nhiều vụ va chạm giao thông liên "
              "quan đến học sinh điều khiển xe máy điện không đội mũ bảo hiểm."),
            P("Hưởng ứng tháng hành động, mỗi chi đoàn sẽ tổ chức một buổi sinh hoạt chủ đề, xây dựng "
              "tiểu phẩm tuyên truyền và tham gia cuộc thi “Giao thông học đường” trên mạng."),
            Img(orig("atgt-tieu-pham.jpg"), None, None, "rte"),
            P("Ban Chấp hành Đoàn trường đề nghị các chi đoàn nộp danh sách đội thi trước ngày 10/12/2026."),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phạm Minh Đức</strong></p>'),
        ],
        authors=["Phạm Minh Đức"],
        photographers=["Phạm Minh Đức"],
        opts={
            "date_shown": "02/12/2026 00:00", "list_date": "02.12.2026",
            "utc": "2026-12-01T17:00:00+00:00", "cats": ["doan-thanh-nien"],
            "author_field": ("Người đăng", "admin_tranphu", None),
            "updated": "03/12/2026 10:11", "thumb": "atgt-chao-co.jpg",
        },
    ),
    Story(
        id=186,
        slug="doi-tuyen-hoc-sinh-gioi-tin-hoc-tham-gia-hoi-thi-tin-hoc-tre-thanh-pho",
        title="Đội tuyển học sinh giỏi Tin học tham gia Hội thi Tin học trẻ thành phố Hải Phòng lần thứ XXIX",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-28T06:15:00+07:00",
        summary=(
            "Bốn học sinh của nhà trường đã tham gia bảng C Hội thi Tin học trẻ thành phố Hải Phòng "
            "lần thứ XXIX và mang về hai giải Nhì, một giải Khuyến khích."
        ),
        sapo_outside=True,
        blocks=[
            Img(fa("tin-hoc-tre-2026.jpg"), "Đội tuyển Tin học cùng thầy cô hướng dẫn tại nơi thi",
                "Đội tuyển Tin học cùng thầy cô hướng dẫn tại nơi thi", "media"),
            P("Hội thi năm nay diễn ra trong hai ngày 25 và 26/11/2026 tại Trường Đại học Hàng hải Việt "
              "Nam với hơn 300 thí sinh đến từ các trường trên địa bàn thành phố."),
            P("Ở phần thi lập trình, các em phải giải bốn bài toán trong 150 phút bằng ngôn ngữ Python "
              "hoặc C++; bài khó nhất đòi hỏi kỹ thuật quy hoạch động trên cây."),
            P("Kết quả cụ thể:", "p"),
            P("Em Nguyễn Đức Anh (lớp 11A1): giải Nhì.", "li"),
            P("Em Hoàng Minh Châu (lớp 12A2): giải Nhì.", "li"),
            P("Em Trịnh Bảo Ngọc (lớp 10A1): giải Khuyến khích.", "li"),
            P("Thành tích trên là kết quả của quá trình bồi dưỡng bền bỉ của tổ Tin học từ đầu năm học."),
        ],
        authors=["Tổ Tin học"],
        opts={
            "date_shown": "28/11/2026 06:15", "list_date": "28.11.2026",
            "utc": "2026-11-27T23:15:00+00:00", "cats": ["hoat-dong-chuyen-mon", "tin-tuc-su-kien"],
            "author_field": ("Tác giả", "Tổ Tin học", None),
            "updated": "29/11/2026 21:03", "thumb": "tin-hoc-tre-2026.jpg",
        },
    ),
    Story(
        id=183,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T08:00:00+07:00",
        summary=(
            "Sáng 20/11/2026, Trường THPT Trần Phú long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam với sự tham dự của đông đảo thế hệ thầy cô và học sinh."
        ),
        sapo_outside=True,
        blocks=[
            P("Chương trình văn nghệ chào mừng", "h2"),
            P("Mở đầu buổi lễ là chương trình văn nghệ do Đoàn trường dàn dựng với các tiết mục hát, "
              "múa và ngâm thơ ca ngợi tình thầy trò."),
            Img(fa("20-11-van-nghe.jpg"), "Tiết mục múa “Bụi phấn” của lớp 11A3",
                "Tiết mục múa “Bụi phấn” của lớp 11A3", "figure"),
            Img(fa("20-11-tang-hoa.jpg"), "Ảnh: Đỗ Quang Huy", None, "figure"),
            P("Tri ân và khen thưởng", "h2"),
            P("Nhân dịp này, nhà trường trao Kỷ niệm chương “Vì sự nghiệp giáo dục” cho 5 thầy cô và "
              "khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường."),
            P("Thay mặt các thế hệ học sinh, em Bùi Khánh Linh lớp 12A1 bày tỏ lòng biết ơn sâu sắc tới "
              "các thầy cô đã tận tụy dìu dắt các em trên con đường học tập."),
            Raw('<p class="text-end"><em>Tin: Nguyễn Thu Trang - Ảnh: Đỗ Quang Huy</em></p>'),
        ],
        authors=["Nguyễn Thu Trang"],
        photographers=["Đỗ Quang Huy"],
        opts={
            "date_shown": "20/11/2026 08:00", "list_date": "20.11.2026",
            "utc": "2026-11-20T01:00:00+00:00", "cats": ["tin-tuc-su-kien"],
            "author_field": None, "updated": "21/11/2026 14:26", "thumb": "20-11-van-nghe.jpg",
            "frames": True,
        },
    ),
    Story(
        id=181,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-mon-ngu-van",
        title="Chuyên đề “Dạy học phát triển năng lực” môn Ngữ văn",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-17T14:30:00+07:00",
        blocks=[
            P("Ngày 16/11/2026, tổ Ngữ văn tổ chức chuyên đề “Dạy học phát triển năng lực” qua tiết dạy "
              "minh họa bài “Tràng giang” của Huy Cận tại lớp 11A5."),
            P("Tiết dạy được thiết kế theo chuỗi hoạt động: khởi động, hình thành kiến thức, luyện tập "
              "và vận dụng; học sinh làm việc nhóm với phiếu học tập và sơ đồ tư duy."),
            Img(orig("chuyen-de-ngu-van.jpg"), "Cô Đặng Thu Hà dạy minh họa tại lớp 11A5",
                "Cô Đặng Thu Hà dạy minh họa tại lớp 11A5", "rte"),
            P("Các ý kiến thảo luận tập trung vào ba nội dung chính:", "p"),
            P("Cách đặt câu hỏi mở để học sinh tự phát hiện giá trị nghệ thuật của bài thơ;", "li"),
            P("Sử dụng hợp lý công nghệ thông tin, tránh lạm dụng trình chiếu;", "li"),
            P("Đánh giá quá trình thông qua bảng kiểm và sản phẩm nhóm.", "li"),
            P("“Đổi mới phương pháp không phải là bỏ đi cái cũ mà là làm cho học sinh trở thành trung "
              "tâm của giờ học”, cô Lê Thu Hằng, Phó Hiệu trưởng nhận xét.", "quote"),
        ],
        authors=["Tổ Ngữ văn"],
        opts={
            "date_shown": "17/11/2026 14:30", "list_date": "17.11.2026",
            "utc": "2026-11-17T07:30:00+00:00", "cats": ["hoat-dong-chuyen-mon"],
            "author_field": ("Tác giả", "Tổ Ngữ văn", None),
            "updated": "17/11/2026 15:02", "thumb": "chuyen-de-ngu-van.jpg",
            "meta_desc": "Tổ Ngữ văn tổ chức chuyên đề dạy học phát triển năng lực tại lớp 11A5.",
        },
    ),
    Story(
        id=178,
        slug="chuc-mung-doi-bong-da-nam-vo-dich-hkpd-cap-thanh-pho",
        title="🎉 Chúc mừng đội bóng đá nam vô địch giải Hội khỏe Phù Đổng cấp thành phố",
        cat="doan-thanh-nien",
        published_at="2026-11-12T10:05:00+07:00",
        summary=(
            "Vượt qua 16 đội bóng, đội tuyển bóng đá nam của nhà trường đã xuất sắc giành chức vô địch "
            "môn bóng đá tại Hội khỏe Phù Đổng thành phố Hải Phòng năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            Img(fa("hkpd-bong-da.jpg"), None, None, "media"),
            P("Trận chung kết diễn ra chiều 11/11 tại sân vận động Lạch Tray, đội bóng của trường thắng "
              "đội THPT Ngô Quyền với tỉ số 2 - 1."),
            P("👉 Bàn thắng quyết định được ghi ở phút 78 bởi em Lương Văn Hiếu (lớp 11A4)."),
            P("Ban Chấp hành Đoàn trường chúc mừng các cầu thủ và ban huấn luyện; nhà trường sẽ tổ chức "
              "tuyên dương đội tuyển trong buổi chào cờ tuần tới."),
            Raw('<p style="text-align: right;"><strong>BCH Đoàn trường</strong></p>'),
        ],
        authors=["BCH Đoàn trường"],
        opts={
            "date_shown": "12/11/2026 10:05", "list_date": "12.11.2026",
            "utc": "2026-11-12T03:05:00+00:00", "cats": ["doan-thanh-nien"],
            "author_field": None, "updated": "12/11/2026 10:40", "thumb": "hkpd-bong-da.jpg",
        },
    ),
    Story(
        id=176,
        slug="so-gd-dt-huong-dan-to-chuc-thi-chon-hoc-sinh-gioi-lop-12",
        title="Sở GD&ĐT Hải Phòng hướng dẫn tổ chức kỳ thi chọn học sinh giỏi lớp 12",
        cat="tin-tuc-su-kien",
        published_at="2026-11-06T07:45:00+07:00",
        blocks=[
            P("Theo kế hoạch của Sở Giáo dục và Đào tạo, kỳ thi chọn học sinh giỏi lớp 12 cấp thành phố "
              "năm học 2026 - 2027 được tổ chức vào ngày 08/01/2027."),
            P("Kỳ thi gồm 11 môn: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, "
              "Tiếng Anh, Giáo dục kinh tế và pháp luật, Công nghệ."),
            P("Mỗi trường THPT được đăng ký tối đa 6 thí sinh mỗi môn; hồ sơ đăng ký gửi qua hệ thống "
              "quản lý thi trước ngày 15/12/2026."),
            P("Đề thi theo hình thức tự luận, riêng môn Tiếng Anh kết hợp trắc nghiệm và tự luận; thời "
              "gian làm bài 180 phút."),
            Raw('<p>Xem thêm: <a href="/tin-tuc/chi-tiet/doi-tuyen-hoc-sinh-gioi-tin-hoc-tham-gia-'
                'hoi-thi-tin-hoc-tre-thanh-pho">Đội tuyển Tin học tham gia Hội thi Tin học trẻ</a></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Sở GD&amp;ĐT Hải Phòng</em></p>'),
        ],
        source="Sở GD&ĐT Hải Phòng",
        opts={
            "date_shown": "06/11/2026 07:45", "list_date": "06.11.2026",
            "utc": "2026-11-06T00:45:00+00:00", "cats": ["tin-tuc-su-kien"],
            "author_field": None, "updated": "06/11/2026 07:45", "thumb": "so-gddt-logo.png",
        },
    ),
    Story(
        id=172,
        slug="hoi-thao-huong-nghiep-cho-hoc-sinh-khoi-12",
        title="Hội thảo hướng nghiệp cho học sinh khối 12",
        cat="tin-tuc-su-kien",
        published_at="2026-10-30T15:00:00+07:00",
        summary=(
            "Chiều 29/10, hơn 480 học sinh khối 12 đã tham dự hội thảo hướng nghiệp với các chuyên gia "
            "tuyển sinh của năm trường đại học."
        ),
        sapo_outside=True,
        blocks=[
            P("Hội thảo giới thiệu phương thức tuyển sinh năm 2027, các ngành nghề có nhu cầu nhân lực cao "
              "tại Hải Phòng như logistics, cơ khí chế tạo, công nghệ thông tin."),
            P("Hỏi đáp cùng chuyên gia", "h2"),
            P("Em nên chọn ngành theo sở thích hay theo nhu cầu xã hội?", "acc_t"),
            P("Chuyên gia khuyên các em kết hợp cả hai: tìm hiểu năng lực bản thân qua các bài trắc nghiệm "
              "nghề nghiệp, sau đó đối chiếu với nhu cầu tuyển dụng của địa phương.", "acc_b"),
            P("Điểm học bạ được tính như thế nào?", "acc_t"),
            P("Phần lớn các trường xét điểm trung bình ba năm THPT của tổ hợp môn, có cộng điểm ưu tiên "
              "khu vực và đối tượng theo quy chế.", "acc_b"),
            P("Kết thúc hội thảo, nhà trường đã trao 20 suất học bổng của các trường đại học cho học sinh "
              "có hoàn cảnh khó khăn vượt khó học tốt."),
        ],
        authors=["Nguyễn Thu Trang"],
        opts={
            "date_shown": "30/10/2026 15:00", "list_date": "30.10.2026",
            "utc": "2026-10-30T08:00:00+00:00", "cats": ["tin-tuc-su-kien"],
            "author_field": ("Tác giả", "Nguyễn Thu Trang", None),
            "updated": "02/11/2026 09:17", "thumb": "huong-nghiep-2026.jpg", "frames": True,
        },
    ),
    Story(
        id=169,
        slug="ngoai-khoa-em-yeu-bien-dao-que-huong-cho-hoc-sinh-khoi-10",
        title="Ngoại khóa “Em yêu biển đảo quê hương” cho học sinh khối 10",
        cat="doan-thanh-nien",
        published_at="2026-10-24T09:30:00+07:00",
        blocks=[
            P("Nhằm giáo dục tình yêu biển, đảo cho học sinh, sáng 23/10 Đoàn trường tổ chức chương "
              "trình ngoại khóa “Em yêu biển đảo quê hương” cho 12 lớp khối 10."),
            Img(fa("bien-dao-hung-bien.jpg"), "(Học sinh lớp 10A1 trong phần thi hùng biện)",
                "Học sinh lớp 10A1 trong phần thi hùng biện", "media_inline"),
            P("Chương trình gồm ba phần thi: Hiểu biết về chủ quyền biển đảo, Hùng biện và Văn nghệ."),
            P("Ban giám khảo đánh giá cao phần thi hùng biện của lớp 10A1 và tiểu phẩm của lớp 10A6."),
            P("Kết quả chung cuộc:", "br0"),
            P("Giải Nhất: lớp 10A1; giải Nhì: lớp 10A6; giải Ba: lớp 10A3 và 10A9.", "br1"),
            Raw('<p style="text-align: right;"><strong>Đoàn trường THPT Trần Phú</strong></p>'),
        ],
        authors=["Đoàn trường THPT Trần Phú"],
        opts={
            "date_shown": "24/10/2026 09:30", "list_date": "24.10.2026",
            "utc": "2026-10-24T02:30:00+00:00", "cats": ["doan-thanh-nien"],
            "author_field": None, "updated": "24/10/2026 11:12", "thumb": "bien-dao-hung-bien.jpg",
        },
    ),
    Story(
        id=165,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-to-toan",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học tổ Toán",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-19T20:10:00+07:00",
        summary=(
            "Tổ Toán vừa tổ chức buổi sinh hoạt chuyên môn theo hướng nghiên cứu bài học với tiết dạy "
            "“Phương trình mặt phẳng” tại lớp 12A4."
        ),
        sapo_outside=True,
        blocks=[
            P("Khác với dự giờ truyền thống, các giáo viên dự giờ tập trung quan sát hoạt động học của "
              "học sinh, ghi chép những khó khăn các em gặp phải trong từng nhiệm vụ."),
            P("Sau tiết dạy, tổ chuyên môn thảo luận và thống nhất điều chỉnh thứ tự hai hoạt động hình "
              "thành kiến thức để học sinh dễ tiếp cận hơn."),
            P("Tổ Toán sẽ tiếp tục duy trì hình thức sinh hoạt này hai lần mỗi tháng."),
        ],
        authors=["Trần Quốc Bảo"],
        opts={
            "date_shown": "19/10/2026 20:10", "list_date": "19.10.2026",
            "utc": "2026-10-19T13:10:00+00:00", "cats": ["hoat-dong-chuyen-mon"],
            "author_field": ("Tác giả", "ThS. Trần Quốc Bảo - Tổ trưởng tổ Toán", None),
            "updated": "20/10/2026 08:00", "thumb": "toan-nghien-cuu-bai-hoc.jpg",
        },
    ),
    Story(
        id=161,
        slug="thong-bao-tuyen-sinh-clb-robotics-nam-hoc-2026-2027",
        title="Thông báo tuyển thành viên câu lạc bộ Robotics năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-10-12T08:00:00+07:00",
        blocks=[
            P("Câu lạc bộ Robotics Trần Phú thông báo tuyển thành viên mới năm học 2026 - 2027."),
            P("Đối tượng: học sinh khối 10 và khối 11 yêu thích lập trình, điện tử và cơ khí.", "li"),
            P("Hình thức: phỏng vấn và làm bài kiểm tra tư duy logic trong 30 phút.", "li"),
            P("Thời hạn đăng ký: trước 17h00 ngày 20/10/2026 tại phòng Tin học 2.", "li"),
            P("Thành viên câu lạc bộ được tham gia các giải Robotacon, WRO và được hỗ trợ thiết bị học tập."),
            Raw('<p>Xem thêm: <a href="/gioi-thieu/thanh-tich">Thành tích của nhà trường</a></p>'),
        ],
        opts={
            "date_shown": "12/10/2026 08:00", "list_date": "12.10.2026",
            "utc": "2026-10-12T01:00:00+00:00", "cats": ["thong-bao"],
            "author_field": ("Người đăng", "Admin", None),
            "updated": "12/10/2026 08:00", "thumb": "robotics-clb.jpg",
            "files": [("Mau-don-dang-ky-CLB-Robotics.docx", "18 KB")],
        },
    ),
    Story(
        id=158,
        slug="khai-giang-lop-boi-duong-ky-nang-song-cho-hoc-sinh-khoi-10",
        title="KHAI GIẢNG LỚP BỒI DƯỠNG KỸ NĂNG SỐNG CHO HỌC SINH KHỐI 10",
        cat="tin-tuc-su-kien",
        published_at="2026-10-05T10:00:00+07:00",
        blocks=[
            P("Sáng 04/10/2026, nhà trường phối hợp với Trung tâm Giáo dục kỹ năng Hải Phòng khai giảng "
              "lớp bồi dưỡng kỹ năng sống cho học sinh khối 10."),
            Img(fa("ky-nang-song-khai-giang.jpg"), "Học sinh khối 10 tham gia hoạt động khởi động",
                "Học sinh khối 10 tham gia hoạt động khởi động", "media_inline"),
            P("Khóa học kéo dài 8 tuần với các chủ đề: kỹ năng giao tiếp, quản lý thời gian, phòng tránh "
              "xâm hại và ứng phó với áp lực học tập."),
            P("Các buổi học được tổ chức vào chiều thứ Bảy hằng tuần tại nhà đa năng của trường."),
        ],
        authors=["Phạm Minh Đức"],
        opts={
            "date_shown": "05/10/2026 10:00", "list_date": "05.10.2026",
            "utc": "2026-10-05T03:00:00+00:00", "cats": ["tin-tuc-su-kien"],
            "author_field": ("Tác giả", "Phạm Minh Đức", None),
            "updated": "05/10/2026 10:20", "thumb": "ky-nang-song-khai-giang.jpg",
        },
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_UID = {s.id: s for s in STORIES}

#: the "Tin xem nhiều" sidebar (old extension, legacy links); uid 150 is a hidden record
MOST_READ = [183, 169, 178, 189, 150]
HIDDEN_UID = 150
HIDDEN_TITLE = "Lịch thi thử tốt nghiệp THPT lần 1 (đã hủy)"

# link-type news records that sit in the list between the articles: (kind, title, href, list_date, thumb, teaser)
LINK_RECORDS = [
    ("internal", "Thành tích nổi bật của nhà trường năm học 2025 - 2026", "/gioi-thieu/thanh-tich",
     "15.11.2026", "thanh-tich-2026.jpg", "Tổng hợp các thành tích nổi bật của thầy và trò năm học vừa qua."),
    ("external", "Báo Hải Phòng: Trường THPT Trần Phú - 40 năm một chặng đường",
     "https://baohaiphong.vn/giao-duc/truong-thpt-tran-phu-40-nam-mot-chang-duong-512345.html",
     "27.10.2026", "bao-hp.jpg", "Bài viết của Báo Hải Phòng về chặng đường phát triển của nhà trường."),
]


def _sort_key(date_ddmmyyyy: str) -> str:
    d, m, y = date_ddmmyyyy.split(".")
    return f"{y}{m}{d}"


def news_list_items() -> list[tuple[str, object]]:
    """Everything the main news list shows, newest first: ("story", Story) or ("link", record)."""
    items: list[tuple[str, str, object]] = [
        (_sort_key(s.opts["list_date"]) + s.opts["date_shown"][-5:], "story", s) for s in STORIES
    ]
    items += [(_sort_key(r[3]) + "12:00", "link", r) for r in LINK_RECORDS]
    items.sort(key=lambda t: t[0], reverse=True)
    return [(kind, obj) for _, kind, obj in items]


# --- chrome ------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu", [
        ("Lịch sử nhà trường", "/gioi-thieu/lich-su-truong"),
        ("Ban giám hiệu", "/gioi-thieu/ban-giam-hieu"),
        ("Thành tích", "/gioi-thieu/thanh-tich"),
    ]),
    ("Tin tức", "/tin-tuc", [(name, f"/tin-tuc/chuyen-muc/{slug}") for slug, name in CATS.items()]),
    ("Thư viện ảnh", "/thu-vien-anh", []),
    ("Liên hệ", "/lien-he", []),
]


def _nav(active: str) -> str:
    out = []
    for i, (label, href, subs) in enumerate(MENU):
        cls = " active" if active == href else ""
        if subs:
            sub = "".join(
                f'<li><a class="dropdown-item" href="{h}" title="{esc(t)}"><span class="dropdown-text">{esc(t)}</span></a></li>'
                for t, h in subs
            )
            out.append(
                f'<li class="nav-item dropdown dropdown-hover" id="nav-item-{i + 2}">'
                f'<a href="{href}" id="nav-item-{i + 2}-link" class="nav-link dropdown-toggle{cls}" '
                f'aria-haspopup="true" aria-expanded="false" title="{esc(label)}">'
                f'<span class="nav-link-text">{esc(label)}</span></a>'
                f'<ul class="dropdown-menu" aria-labelledby="nav-item-{i + 2}-link">{sub}</ul></li>'
            )
        else:
            out.append(
                f'<li class="nav-item" id="nav-item-{i + 2}"><a href="{href}" class="nav-link{cls}" '
                f'title="{esc(label)}"><span class="nav-link-text">{esc(label)}</span></a></li>'
            )
    return "".join(out)


def _breadcrumb(crumbs: list[tuple[str, str | None]]) -> str:
    items = []
    for label, href in crumbs:
        if href:
            items.append(f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{href}" title="{esc(label)}">'
                         f'<span class="breadcrumb-text">{esc(label)}</span></a></li>')
        else:
            items.append(f'<li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">'
                         f'{esc(label)}</span></li>')
    return (
        '<nav class="breadcrumb-section" aria-label="Breadcrumb"><div class="container">'
        '<p class="visually-hidden" id="breadcrumb">Bạn đang ở đây:</p>'
        f'<ol class="breadcrumb">{"".join(items)}</ol></div></nav>'
    )


def _sidebar() -> str:
    most = []
    for uid in MOST_READ:
        title = BY_UID[uid].title if uid in BY_UID else HIDDEN_TITLE
        most.append(
            f'<tr><td class="stt">{len(most) + 1}</td><td><a href="{esc(legacy_path(uid))}">{esc(title)}</a></td></tr>'
        )
    return (
        '<aside class="col-lg-4 sb-col">'
        '<div id="c31" class="frame frame-default frame-type-list frame-layout-0">'
        '<form method="post" action="/tim-kiem" class="tx-indexedsearch-searchbox">'
        '<input type="hidden" name="tx_indexedsearch_pi2[__referrer][@extension]" value="IndexedSearch">'
        '<input type="text" name="tx_indexedsearch_pi2[search][sword]" placeholder="Tìm kiếm…">'
        '<button type="submit" class="btn btn-primary">Tìm</button></form></div>'
        '<div id="c32" class="frame frame-default frame-type-html frame-layout-0">'
        '<header class="frame-header"><h3 class="element-header">Tin xem nhiều</h3></header>'
        f'<table class="xem-nhieu" cellpadding="2">{"".join(most)}</table></div>'
        '<div id="c33" class="frame frame-default frame-type-textmedia frame-layout-1">'
        '<header class="frame-header"><h3 class="element-header">Liên kết</h3></header>'
        '<ul class="lk"><li><a href="https://haiphong.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Hải Phòng</a></li>'
        '<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://vnedu.vn" target="_blank" rel="noopener">Sổ liên lạc điện tử vnEdu</a></li></ul></div>'
        '<div id="c34" class="frame frame-default frame-type-form_formframework frame-layout-0">'
        '<header class="frame-header"><h3 class="element-header">Thăm dò ý kiến</h3></header>'
        '<p>Bạn đánh giá thế nào về website mới của nhà trường?</p>'
        '<label><input type="radio" name="poll" value="1"> Rất tốt</label><br>'
        '<label><input type="radio" name="poll" value="2"> Tốt</label><br>'
        '<label><input type="radio" name="poll" value="3"> Cần cải thiện</label><br>'
        '<button type="button" class="btn btn-sm btn-secondary" onclick="alert(\'Cảm ơn bạn đã bình chọn!\')">Bình chọn</button></div>'
        '<div id="c35" class="frame frame-default frame-type-html frame-layout-0">'
        '<header class="frame-header"><h3 class="element-header">Thống kê truy cập</h3></header>'
        '<ul class="tk"><li>Đang online: <b>37</b></li><li>Hôm nay: <b>1.204</b></li>'
        '<li>Tổng truy cập: <b>2.816.530</b></li></ul></div>'
        '</aside>'
    )


def page(
    request: Request,
    title: str,
    main: str,
    crumbs: list[tuple[str, str | None]],
    active: str = "/",
    head: str = "",
    page_uid: int = 1,
) -> Response:
    layout = "subnavigation_right" if page_uid != 1 else "default"
    doc = f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2026 of Kasper Skaarhoj. Extensions are copyright of their respective
	owners. Information and contribution at https://typo3.org/
-->
<title>{esc(title)}</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<link rel="stylesheet" href="/typo3conf/ext/bootstrap_package/Resources/Public/Css/bootstrap5-theme.min.css?1733300000" media="all">
<link rel="stylesheet" href="/typo3temp/assets/bootstrappackage/css/theme-5e8b2c.css?1733300000" media="all">
<script src="/typo3conf/ext/bootstrap_package/Resources/Public/Contrib/modernizr/modernizr.min.js?1733300000"></script>
<link rel="icon" href="/typo3conf/ext/bootstrap_package/Resources/Public/Icons/favicon.ico">
{head}
</head>
<body id="p{page_uid}" class="page-{page_uid} pagelevel-1 language-0 backendlayout-{layout} layout-default">
<div id="top"></div>
<div class="body-bg">
<a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>Chuyển tới nội dung chính</span></a>
<div class="cc-window cc-banner" role="dialog" aria-label="cookieconsent">Trang web sử dụng cookie để nâng cao trải
nghiệm của bạn. <a class="cc-link" href="/lien-he">Tìm hiểu thêm</a> <a class="cc-btn cc-dismiss" role="button">Đồng ý</a></div>
<div class="topbar"><div class="container"><span class="tb-ngay">{HEADER_TODAY}</span>
<span class="tb-hotline">Hotline: 0225 3847 262</span>
<ul class="language-menu"><li class="active"><a href="/">VI</a></li><li><a href="/en/" hreflang="en-GB">EN</a></li></ul></div></div>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top">
<div class="container"><a class="navbar-brand navbar-brand-image" title="{SCHOOL}" href="/">
<img class="navbar-brand-logo-normal" src="/fileadmin/templates/logo-tran-phu.png" alt="{SCHOOL} logo" height="64" width="64">
<span class="brand-txt">SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG<br><b>TRƯỜNG THPT TRẦN PHÚ</b></span></a>
<button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#mainnavigation">
<span class="navbar-toggler-icon"></span></button>
<nav aria-label="Main navigation" id="mainnavigation" class="collapse navbar-collapse">
<ul class="navbar-nav">{_nav(active)}</ul></nav></div></header>
{_breadcrumb(crumbs)}
<div id="page-content" class="bp-page-content main-section">
<div class="section section-default"><div class="container"><div class="row">
<main class="col-lg-8 maincontent-wrap" role="main">{main}</main>
{_sidebar()}
</div></div></div></div>
<footer id="page-footer" class="bp-page-footer">
<section class="section footer-section footer-section-content"><div class="container"><div class="row">
<div class="col-md-6"><h4>{SCHOOL.upper()}</h4>
<p>Địa chỉ: Số 12 phố Trần Phú, phường Lê Chân, thành phố Hải Phòng</p>
<p>Điện thoại: 0225 3847 262 - Fax: 0225 3847 263</p>
<p>Email: <a href="javascript:linkTo_UnCryptMailto(%27ocknvq%2Cvjrvvtcprjw%40jckrjqpi0gfw0xp%27);">thpttranphu<span style="display:none;">spam-protection</span>(at)haiphong.edu.vn</a></p></div>
<div class="col-md-6"><p>Chịu trách nhiệm nội dung: Hiệu trưởng Vũ Văn Thành</p>
<p><a href="https://www.facebook.com/thpttranphuhp" target="_blank" rel="noopener">Fanpage nhà trường</a></p></div>
</div></div></section>
<section class="section footer-section footer-section-meta"><div class="container">
<p class="copyright">&copy; 2026 {SCHOOL}, Hải Phòng. Phát triển trên nền tảng TYPO3 CMS.</p>
<a class="scroll-top" title="Lên đầu trang" href="#top"><span class="scroll-top-icon"></span></a></div></section>
</footer></div>
<script src="/typo3conf/ext/bootstrap_package/Resources/Public/Contrib/bootstrap5/js/bootstrap.min.js?1733300000"></script>
<script src="/typo3temp/assets/js/cryptmail.min.js?1733300000"></script>
</body>
</html>"""
    return html(doc)


# --- news list rendering ----------------------------------------------------------------------


def detail_path(story: Story) -> str:
    return f"/tin-tuc/chi-tiet/{story.slug}"


def crop(value: str, n: int = 60) -> str:
    if len(value) <= n:
        return value
    return value[:n].rsplit(" ", 1)[0] + "…"


def teaser(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return crop(first, 120)


def list_item(kind: str, obj) -> str:
    if kind == "story":
        s: Story = obj
        href, title, date, thumb, tz = detail_path(s), s.title, s.opts["list_date"], s.opts["thumb"], teaser(s)
        target = ""
        cls = "articletype-0"
    else:
        typ, title, href, date, thumb, tz = obj
        target = ' target="_blank" rel="noopener"' if typ == "external" else ""
        cls = "articletype-2" if typ == "external" else "articletype-1"
    dd, mm, yy = date.split(".")
    return (
        f'<div class="tin-item row {cls}" itemscope itemtype="http://schema.org/Article">'
        f'<div class="col-4 tin-thumb"><a href="{esc(href)}"{target} title="{esc(title)}">'
        f'<img class="img-fluid" src="{fa(thumb)}" width="240" height="160" alt=""></a></div>'
        f'<div class="col-8"><h4 class="tin-td"><a href="{esc(href)}"{target} title="{esc(title)}">'
        f'<span itemprop="headline">{esc(crop(title))}</span></a></h4>'
        f'<div class="tin-ngay"><time itemprop="datePublished" datetime="{yy}-{mm}-{dd}">{date}</time></div>'
        f'<div class="tin-mota" itemprop="description"><p>{esc(tz)}</p></div>'
        f'<a class="more" href="{esc(href)}"{target} title="{esc(title)}">Xem tiếp »</a></div></div>'
    )


def paginator(base: str, current: int, total: int) -> str:
    """tx_news' numbered paginator, windowed to the neighbours of the current page."""
    if total <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}/page-{n}"

    parts = []
    if current > 1:
        parts.append(f'<li class="page-item"><a class="page-link" href="{href(1)}">« Đầu</a></li>')
        parts.append(f'<li class="page-item previous"><a class="page-link" href="{href(current - 1)}">‹ Trước</a></li>')
    for n in range(1, total + 1):
        if abs(n - current) > 1:
            if n == total and current < total - 1:
                parts.append('<li class="page-item disabled"><span class="page-link">…</span></li>')
            continue
        if n == current:
            parts.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>')
        else:
            parts.append(f'<li class="page-item"><a class="page-link" href="{href(n)}">{n}</a></li>')
    if current < total:
        parts.append(f'<li class="page-item next"><a class="page-link" href="{href(current + 1)}">Sau ›</a></li>')
    return f'<nav class="tin-phantrang" aria-label="Phân trang"><ul class="pagination">{"".join(parts)}</ul></nav>'


def list_page(request: Request, items: list, base: str, n: int, heading: str, crumbs, active: str) -> Response | None:
    total = max(1, -(-len(items) // PER_PAGE))
    if n < 1 or n > total:
        return None
    chunk = items[(n - 1) * PER_PAGE: n * PER_PAGE]
    body = "".join(list_item(k, o) for k, o in chunk)
    main = (
        f'<div class="page-header-title"><h1>{esc(heading)}</h1></div>'
        f'<div id="c{40 + len(base)}" class="frame frame-default frame-type-news_pi1 frame-layout-0">'
        f'<div class="news"><div class="news-list-view" id="news-container-{40 + len(base)}">{body}</div>'
        f'{paginator(base, n, total)}</div></div>'
        + archive_box()
    )
    title = f"{heading}" + (f" - Trang {n}" if n > 1 else "") + f" - {SCHOOL}"
    return page(request, title, main, crumbs, active=active, page_uid=11)


def archive_box() -> str:
    months = [("12", "Tháng 12/2026"), ("11", "Tháng 11/2026"), ("10", "Tháng 10/2026")]
    lis = "".join(
        f'<li><a href="/tin-tuc/luu-tru/2026/{m}">{label}</a> ({sum(1 for s in STORIES if s.opts["list_date"][3:5] == m)})</li>'
        for m, label in months
    )
    cats = "".join(f'<li><a href="/tin-tuc/chuyen-muc/{slug}">{esc(name)}</a></li>' for slug, name in CATS.items())
    return (
        '<div class="row luu-tru"><div class="col-md-6"><h4>Chuyên mục</h4>'
        f'<ul class="news-category-menu">{cats}</ul></div>'
        f'<div class="col-md-6"><h4>Lưu trữ</h4><ul class="news-menu-view">{lis}</ul></div></div>'
    )


# --- news detail rendering --------------------------------------------------------------------


def _letterhead() -> str:
    return (
        '<table class="contenttable vb-dau" style="width:100%;border:none"><tbody>'
        '<tr><td style="text-align:center">SỞ GD&amp;ĐT HẢI PHÒNG<br><strong>TRƯỜNG THPT TRẦN PHÚ</strong></td>'
        '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
        '<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>'
        '<tr><td style="text-align:center">Số: 215/TB-THPTTP</td>'
        '<td style="text-align:right"><em>Hải Phòng, ngày 30 tháng 11 năm 2026</em></td></tr>'
        '</tbody></table>'
        '<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'
        '<p style="text-align:center"><strong>Về việc kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>'
    )


def _closing() -> str:
    return (
        '<table class="contenttable vb-cuoi" style="width:100%;border:none"><tbody><tr>'
        '<td style="vertical-align:top"><strong><em>Nơi nhận:</em></strong><br>- Các tổ chuyên môn;<br>'
        '- GVCN các lớp;<br>- Lưu: VT.</td>'
        '<td style="text-align:center;vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br><br><em>(Đã ký)</em><br><br>'
        '<strong>Vũ Văn Thành</strong></td></tr></tbody></table>'
    )


def _rte(blocks) -> str:
    """The RTE bodytext (CKEditor 5 output) of a story's blocks."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(_letterhead() if b.html == "letterhead" else _closing() if b.html == "closing" else b.html)
        elif isinstance(b, Img):
            if b.style == "rte":
                out.append(
                    f'<p style="text-align:center"><img src="{esc(b.src)}" data-htmlarea-file-uid="{int(hashlib.md5(b.src.encode()).hexdigest()[:4], 16) % 900 + 100}" '
                    'width="640" height="427" alt="" style=""></p>'
                )
                if b.printed:
                    out.append(f'<p style="text-align:center"><em>{esc(b.printed)}</em></p>')
            elif b.style == "media_inline":
                out.append(
                    f'<div class="tin-anh-wrap giua"><a href="{esc(full_size(b.src))}" class="lightbox" '
                    f'rel="lightbox[anh]"><img src="{esc(b.src)}" width="600" height="400" alt=""></a>'
                    + (f'<p class="tin-anh-cap">{esc(b.printed)}</p>' if b.printed else "") + "</div>"
                )
        elif isinstance(b, P):
            if b.style == "li":
                lis = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                    lis.append(f"<li>{esc(blocks[i].text)}</li>")
                    i += 1
                out.append(f"<ul>{''.join(lis)}</ul>")
                continue
            if b.style == "tr":
                rows = []
                first = True
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                    tag = "th" if first else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in blocks[i].text.split(" | ")) + "</tr>")
                    first = False
                    i += 1
                out.append(f'<table class="contenttable table table-bordered"><tbody>{"".join(rows)}</tbody></table>')
                continue
            if b.style == "br0":
                nxt = blocks[i + 1]
                out.append(f"<p>{esc(b.text)}<br>\n{esc(nxt.text)}</p>")
                i += 2
                continue
            if b.style == "bold":
                out.append(f"<p><strong>{esc(b.text)}</strong></p>")
            elif b.style == "quote":
                out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
            elif b.style == "h2":
                out.append(f"<h2>{esc(b.text)}</h2>")
            else:
                out.append(f'<p class="text-justify">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def _frames(story: Story) -> str:
    """News content elements (bootstrap_package frames) for stories with ``frames``."""
    out: list[str] = []
    uid = story.id * 10
    blocks = [b for b in story.blocks if not isinstance(b, Raw)]
    i = 0
    pending_text: list[str] = []

    def flush() -> None:
        nonlocal uid
        if pending_text:
            uid += 1
            out.append(
                f'<div id="c{uid}" class="frame frame-default frame-type-text frame-layout-0 frame-background-none">'
                f'<div class="frame-container"><div class="frame-inner">{"".join(pending_text)}</div></div></div>'
            )
            pending_text.clear()

    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "h2":
            flush()
            uid += 1
            out.append(
                f'<div id="c{uid}" class="frame frame-default frame-type-header frame-layout-0">'
                f'<header class="frame-header"><h2 class="element-header"><span>{esc(b.text)}</span></h2></header></div>'
            )
        elif isinstance(b, P) and b.style == "acc_t":
            flush()
            uid += 1
            items = []
            k = 0
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "acc_t":
                k += 1
                t, body = blocks[i], blocks[i + 1]
                items.append(
                    f'<div class="accordion-item"><div class="accordion-header" id="accordion-heading-{uid}-{k}">'
                    f'<button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" '
                    f'data-bs-target="#accordion-{uid}-{k}"><span class="accordion-title-link-text">{esc(t.text)}</span>'
                    f'</button></div><div id="accordion-{uid}-{k}" class="accordion-collapse collapse">'
                    f'<div class="accordion-body"><div class="accordion-content-item accordion-content-text">'
                    f'<p>{esc(body.text)}</p></div></div></div></div>'
                )
                i += 2
            out.append(
                f'<div id="c{uid}" class="frame frame-default frame-type-accordion frame-layout-0">'
                f'<div class="accordion" id="accordion-{uid}">{"".join(items)}</div></div>'
            )
            continue
        elif isinstance(b, Img):
            flush()
            figs = []
            while i < len(blocks) and isinstance(blocks[i], Img):
                im = blocks[i]
                cap = f'<figcaption class="caption">{esc(im.printed)}</figcaption>' if im.printed else ""
                figs.append(
                    f'<div class="gallery-item gallery-item-size-2"><figure class="image">'
                    f'<a href="{esc(full_size(im.src))}" class="lightbox" rel="lightbox-group-{uid + 1}">'
                    f'<picture><img loading="lazy" src="{esc(im.src)}" width="545" height="363" class="image-embed-item" alt=""></picture>'
                    f'</a>{cap}</figure></div>'
                )
                i += 1
            uid += 1
            out.append(
                f'<div id="c{uid}" class="frame frame-default frame-type-image frame-layout-0">'
                f'<div class="gallery-row">{"".join(figs)}</div></div>'
            )
            continue
        else:
            pending_text.append(f"<p>{esc(b.text)}</p>")
        i += 1
    flush()
    return "\n".join(out)


def _media(story: Story) -> str:
    out = []
    for im in story.images:
        if im.style != "media":
            continue
        cap = f'<p class="tin-anh-cap">{esc(im.printed)}</p>' if im.printed else ""
        out.append(
            f'<div class="tin-anh-wrap"><div class="mediaelement mediaelement-image">'
            f'<a href="{esc(full_size(im.src))}" title="" class="lightbox" rel="lightbox[myImageSet]">'
            f'<img src="{esc(im.src)}" width="720" height="480" alt="{esc(story.title)}"></a></div>{cap}</div>'
        )
    return "".join(out)


def detail_main(request: Request, s: Story) -> str:
    o = s.opts
    d, t = o["date_shown"].split(" ")
    cats = ", ".join(
        f'<a href="/tin-tuc/chuyen-muc/{c}" title="{esc(CATS[c])}">{esc(CATS[c])}</a>' for c in o["cats"]
    )
    author = ""
    if o.get("author_field"):
        label, name, mail = o["author_field"]
        inner = f'<a href="mailto:{mail}">{esc(name)}</a>' if mail else esc(name)
        author = f'<span class="tg"><i class="bi bi-person"></i> {label}: <span itemprop="author">{inner}</span></span>'
    lead = ""
    if s.summary and s.sapo_outside:
        lead = f'<div class="lead" itemprop="description"><p>{esc(s.summary)}</p></div>'
    if o.get("frames"):
        rte_blocks = [b for b in s.blocks if isinstance(b, Raw)]
        text = '<div class="tin-noidung" itemprop="articleBody"></div>'
        frames = f'<div class="news-content-elements">{_frames(s)}</div>' + _rte(rte_blocks)
    else:
        text = f'<div class="tin-noidung" itemprop="articleBody">\n{_rte(s.blocks)}\n</div>'
        frames = ""
    files = ""
    if o.get("files"):
        lis = "".join(
            f'<li><span class="news-related-files-link"><a href="/fileadmin/user_upload/tep-dinh-kem/{fn}" target="_blank">{fn}</a></span>'
            f' <span class="news-related-files-size">{size}</span></li>'
            for fn, size in o["files"]
        )
        files = f'<div class="news-related news-related-files"><h4>Tệp đính kèm</h4><ul>{lis}</ul></div>'
    related = [x for x in STORIES if x.id != s.id and set(x.opts["cats"]) & set(o["cats"])][:3]
    rel = "".join(
        f'<li><a href="{detail_path(x)}">{esc(x.title)}</a> <span class="ngay">({x.opts["list_date"]})</span></li>'
        for x in related
    )
    newer = [x for x in STORIES if x.id != s.id][:5]
    other = "".join(f'<li><a href="{detail_path(x)}">{esc(x.title)}</a></li>' for x in newer)
    url = base_url(request) + detail_path(s)
    tags = "".join(f'<a class="badge bg-secondary" href="/tin-tuc">#{esc(CATS[c].lower())}</a> ' for c in o["cats"])
    return f"""<div class="page-header-title"><h1>Tin tức</h1></div>
<div id="c120" class="frame frame-default frame-type-news_pi1 frame-layout-0">
<div class="news news-single"><div class="tin-ct" id="tin-ct-{s.id}" itemscope itemtype="http://schema.org/Article">
<div class="header"><h3 itemprop="headline">{esc(s.title)}</h3></div>
<div class="footer tin-meta"><p>
<span class="ngay-dang"><i class="bi bi-calendar3"></i> <time itemprop="datePublished" datetime="{o["utc"]}">{d} {t}</time></span>
<span class="cm"> | Chuyên mục: {cats}</span>
{author}
<span class="luot-xem"> | Lượt xem: {s.views()}</span></p></div>
{lead}
{_media(s)}
{text}
{frames}
<p class="cap-nhat text-muted"><small>Cập nhật: {o["updated"]}</small></p>
{files}
<div class="news-related news-related-news"><h4>Tin liên quan</h4><ul>{rel}</ul></div>
<div class="news-tags">Từ khóa: {tags}</div>
<div class="cong-cu"><a href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe='')}" target="_blank" rel="noopener">Chia sẻ Facebook</a>
 | <a href="https://sp.zalo.me/share_inline?d={quote(url, safe='')}" target="_blank" rel="noopener">Zalo</a>
 | <a href="javascript:window.print();">In bài viết</a>
 | <a href="/tin-tuc">« Quay lại</a></div>
</div></div></div>
<div id="c121" class="frame frame-default frame-type-news_pi1 frame-layout-0"><div class="cac-tin-khac">
<h4>Các tin khác</h4><ul>{other}</ul></div></div>"""


def detail_page(request: Request, s: Story) -> Response:
    o = s.opts
    canon = base_url(request) + detail_path(s)
    desc = o.get("meta_desc") or teaser(s)
    img = next((im.src for im in s.images), fa(o["thumb"]))
    head = (
        f'<meta name="description" content="{esc(desc)}">\n'
        f'<meta property="og:title" content="{esc(s.title)}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:url" content="{esc(canon)}">\n'
        f'<meta property="og:image" content="{esc(base_url(request) + img)}">\n'
        f'<meta property="article:published_time" content="{o["utc"]}">\n'
        f'<link rel="canonical" href="{esc(canon)}">'
    )
    crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), ("Chi tiết tin", None)]
    return page(request, f"{s.title} | {SCHOOL}", detail_main(request, s), crumbs, active="/tin-tuc",
                head=head, page_uid=DETAIL_PID)


def not_found_news(request: Request) -> Response:
    main = (
        '<div class="page-header-title"><h1>Tin tức</h1></div>'
        '<div id="c120" class="frame frame-default frame-type-news_pi1 frame-layout-0">'
        '<div class="news news-single"><p class="alert alert-warning">Không tìm thấy tin tức.</p>'
        '<a href="/tin-tuc">« Quay lại</a></div></div>'
    )
    return page(request, f"Chi tiết tin | {SCHOOL}", main,
                [("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), ("Chi tiết tin", None)],
                active="/tin-tuc", page_uid=DETAIL_PID)


def typo3_404(request: Request) -> Response:
    main = ('<div class="page-header-title"><h1>Lỗi 404</h1></div>'
            '<p>Trang bạn yêu cầu không tồn tại. <a href="/">Về trang chủ</a></p>')
    resp = page(request, f"Không tìm thấy trang | {SCHOOL}", main, [("Trang chủ", "/"), ("404", None)])
    resp.status = 404
    return resp


# --- other pages ------------------------------------------------------------------------------


def home(request: Request) -> Response:
    tops = [BY_UID[u] for u in (192, 183, 178)]
    slides = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""} carousel-item-type carousel-item-type-image">'
        f'<a href="{detail_path(s)}"><img src="{fa(s.opts["thumb"])}" class="d-block w-100" alt=""></a>'
        f'<div class="carousel-caption"><h3>{esc(s.title)}</h3></div></div>'
        for i, s in enumerate(tops)
    )
    latest = [k_o for k_o in news_list_items()][:6]
    latest_html = "".join(list_item(k, o) for k, o in latest)
    notices = "".join(
        f'<li><a href="{detail_path(s)}">{esc(s.title)}</a> <small>({s.opts["list_date"]})</small></li>'
        for s in STORIES if s.cat == "thong-bao"
    )
    main = f"""<div id="c2" class="frame frame-default frame-type-carousel frame-layout-0">
<div id="carousel-2" class="carousel carousel-small carousel-fade slide" data-bs-ride="carousel">
<div class="carousel-inner">{slides}</div>
<button class="carousel-control carousel-control-prev" type="button" data-bs-target="#carousel-2" data-bs-slide="prev"><span class="visually-hidden">Trước</span></button>
<button class="carousel-control carousel-control-next" type="button" data-bs-target="#carousel-2" data-bs-slide="next"><span class="visually-hidden">Sau</span></button>
</div></div>
<div id="c3" class="frame frame-default frame-type-news_pi1 frame-layout-0">
<header class="frame-header"><h2 class="element-header">Tin mới</h2></header>
<div class="news"><div class="news-list-view" id="news-container-3">{latest_html}</div></div>
<p class="text-end"><a href="/tin-tuc">Xem tất cả tin tức »</a></p></div>
<div id="c4" class="frame frame-default frame-type-news_pi1 frame-layout-0 tb-box">
<header class="frame-header"><h2 class="element-header">Thông báo</h2></header>
<marquee direction="up" scrollamount="2" height="90"><ul>{notices}</ul></marquee></div>
<div id="c5" class="frame frame-default frame-type-textmedia frame-layout-0">
<header class="frame-header"><h2 class="element-header">Chào mừng đến với website Trường THPT Trần Phú</h2></header>
<p>Trường THPT Trần Phú - Hải Phòng: Kỷ cương - Tình thương - Trách nhiệm.</p></div>"""
    return page(request, f"Trang chủ | {SCHOOL}", main, [("Trang chủ", None)], active="/", page_uid=1)


STATIC_PAGES = {
    "/gioi-thieu/lich-su-truong": ("Lịch sử nhà trường", [
        "Trường THPT Trần Phú được thành lập năm 1986 trên cơ sở tách ra từ Trường cấp III Lê Chân.",
        "Trải qua gần 40 năm xây dựng và phát triển, nhà trường đã đào tạo hơn 25.000 học sinh, nhiều "
        "thế hệ học sinh đã trở thành cán bộ, nhà khoa học, doanh nhân thành đạt.",
        "Năm 2020, trường được công nhận đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.",
        "Hiện nay trường có 36 lớp với hơn 1.500 học sinh và 92 cán bộ, giáo viên, nhân viên.",
    ]),
    "/gioi-thieu/ban-giam-hieu": ("Ban giám hiệu", [
        "Hiệu trưởng: ThS. Vũ Văn Thành - phụ trách chung.",
        "Phó Hiệu trưởng: ThS. Lê Thu Hằng - phụ trách chuyên môn.",
        "Phó Hiệu trưởng: Ông Nguyễn Hữu Nghĩa - phụ trách cơ sở vật chất, an ninh trường học.",
    ]),
    "/gioi-thieu/thanh-tich": ("Thành tích", [
        "Năm học 2025 - 2026, nhà trường có 68 học sinh giỏi cấp thành phố, 2 học sinh giỏi quốc gia.",
        "Tỉ lệ tốt nghiệp THPT đạt 99,8%; điểm trung bình thi tốt nghiệp xếp thứ 9 toàn thành phố.",
        "Nhà trường được UBND thành phố tặng Bằng khen tập thể lao động xuất sắc.",
    ]),
}


def static_page(request: Request, path: str) -> Response:
    heading, paras = STATIC_PAGES[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = (
        f'<div class="page-header-title"><h1>{esc(heading)}</h1></div>'
        f'<div id="c{60 + len(path)}" class="frame frame-default frame-type-text frame-layout-0">'
        f'<div class="frame-container"><div class="frame-inner">{body}</div></div></div>'
    )
    crumbs = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), (heading, None)]
    return page(request, f"{heading} | {SCHOOL}", main, crumbs, active="/gioi-thieu", page_uid=3)


def intro_menu(request: Request) -> Response:
    cards = "".join(
        f'<div class="card menu-card"><div class="card-body"><h3 class="card-title">'
        f'<a href="{p}">{esc(h)}</a></h3><p>{esc(paras[0][:80])}…</p></div></div>'
        for p, (h, paras) in STATIC_PAGES.items()
    )
    main = ('<div class="page-header-title"><h1>Giới thiệu</h1></div>'
            f'<div id="c50" class="frame frame-default frame-type-menu_card_list frame-layout-0">{cards}</div>')
    return page(request, f"Giới thiệu | {SCHOOL}", main, [("Trang chủ", "/"), ("Giới thiệu", None)],
                active="/gioi-thieu", page_uid=3)


ALBUM = [
    ("khai-giang-2026-01.jpg", "Lễ chào cờ khai giảng năm học 2026 - 2027"),
    ("khai-giang-2026-02.jpg", "Học sinh khối 10 nhận hoa chúc mừng"),
    ("khai-giang-2026-03.jpg", "Thầy Hiệu trưởng đánh trống khai trường"),
]


def album_index(request: Request) -> Response:
    main = ('<div class="page-header-title"><h1>Thư viện ảnh</h1></div>'
            '<div id="c70" class="frame frame-default frame-type-menu_thumbnail_list frame-layout-0">'
            '<div class="card"><a href="/thu-vien-anh/le-khai-giang-2026">'
            f'<img src="{fa(ALBUM[0][0])}" alt=""><h3>Lễ khai giảng năm học 2026 - 2027</h3></a></div></div>')
    return page(request, f"Thư viện ảnh | {SCHOOL}", main, [("Trang chủ", "/"), ("Thư viện ảnh", None)],
                active="/thu-vien-anh", page_uid=20)


def album_page(request: Request) -> Response:
    figs = "".join(
        f'<div class="gallery-item gallery-item-size-3"><figure class="image"><a href="/fileadmin/user_upload/album/{f}" class="lightbox">'
        f'<img src="{fa(f)}" alt=""></a><figcaption class="caption">{esc(c)}</figcaption></figure></div>'
        for f, c in ALBUM
    )
    main = ('<div class="page-header-title"><h1>Lễ khai giảng năm học 2026 - 2027</h1></div>'
            '<div id="c71" class="frame frame-default frame-type-image frame-layout-0">'
            f'<div class="gallery-row">{figs}</div></div>')
    crumbs = [("Trang chủ", "/"), ("Thư viện ảnh", "/thu-vien-anh"), ("Lễ khai giảng năm học 2026 - 2027", None)]
    return page(request, f"Lễ khai giảng năm học 2026 - 2027 | {SCHOOL}", main, crumbs,
                active="/thu-vien-anh", page_uid=21)


def contact(request: Request) -> Response:
    main = """<div class="page-header-title"><h1>Liên hệ</h1></div>
<div id="c80" class="frame frame-default frame-type-text frame-layout-0"><p>Trường THPT Trần Phú</p>
<p>Địa chỉ: Số 12 phố Trần Phú, phường Lê Chân, thành phố Hải Phòng</p><p>Điện thoại: 0225 3847 262</p></div>
<div id="c81" class="frame frame-default frame-type-form_formframework frame-layout-0">
<form method="post" action="/lien-he" id="lienHe-81"><input type="hidden" name="tx_form_formframework[__state]" value="TzozOToiVFlQTzNcQ01TXEZvcm0">
<label>Họ và tên<input class="form-control" name="tx_form_formframework[lienHe-81][ho-ten]"></label>
<label>Email<input class="form-control" type="email" name="tx_form_formframework[lienHe-81][email]"></label>
<label>Nội dung<textarea class="form-control" name="tx_form_formframework[lienHe-81][noi-dung]"></textarea></label>
<button class="btn btn-primary" type="submit">Gửi</button></form></div>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!tranphu" width="100%" height="300" title="Bản đồ"></iframe>"""
    if request.method == "POST":
        main = main.replace('<form', '<p class="alert alert-success">Cảm ơn bạn đã liên hệ.</p><form', 1)
    return page(request, f"Liên hệ | {SCHOOL}", main, [("Trang chủ", "/"), ("Liên hệ", None)],
                active="/lien-he", page_uid=30)


def english(request: Request) -> Response:
    main = ('<div class="page-header-title"><h1>Welcome</h1></div>'
            '<p>Tran Phu High School, Hai Phong City, Vietnam. This English section is under construction.</p>'
            '<p><a href="/">Vietnamese version</a></p>')
    return page(request, "Tran Phu High School", main, [("Home", None)], active="/", page_uid=1)


def search(request: Request) -> Response:
    word = request.form.get("tx_indexedsearch_pi2[search][sword]", "") if request.method == "POST" else ""
    main = ('<div class="page-header-title"><h1>Tìm kiếm</h1></div>'
            f'<div class="tx-indexedsearch"><p>Không tìm thấy kết quả cho từ khóa “{esc(word)}”.</p></div>')
    return page(request, f"Tìm kiếm | {SCHOOL}", main, [("Trang chủ", "/"), ("Tìm kiếm", None)], page_uid=40)


# --- routing ---------------------------------------------------------------------------------

_PAGE_RE = re.compile(r"^(?P<base>/tin-tuc(?:/chuyen-muc/(?P<cat>[a-z-]+))?)(?:/page-(?P<n>\d+))?$")
_ARCH_RE = re.compile(r"^/tin-tuc/luu-tru/2026/(?P<m>1[012])$")


class Typo3Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/fileadmin/", "/typo3conf/", "/typo3temp/", "/_assets/")):
            if path.endswith(".docx"):
                return Response(200, b"PK\x03\x04 docx", {"Content-Type": DOCX})
            return static_file(path)
        if path == "/" and not request.query:
            return home(request)
        if path == "/index.php":
            return self.legacy(request)
        if request.query:
            # cacheHash.enforceValidation: unknown parameters without a cHash give the 404 page
            return typo3_404(request)
        if path.startswith("/tin-tuc/chi-tiet/"):
            slug = path[len("/tin-tuc/chi-tiet/"):]
            if slug.endswith("/") and slug.rstrip("/") in BY_SLUG:
                return redirect(f"/tin-tuc/chi-tiet/{slug.rstrip('/')}", 301)
            story = BY_SLUG.get(slug)
            if story is None:
                return typo3_404(request)
            return detail_page(request, story)
        m = _PAGE_RE.match(path)
        if m:
            n = int(m.group("n") or 1)
            if m.group("n") == "1":
                return typo3_404(request)
            cat = m.group("cat")
            if cat:
                if cat not in CATS:
                    return typo3_404(request)
                items = [("story", s) for kind, s in news_list_items() if kind == "story" and cat in s.opts["cats"]]
                crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (CATS[cat], None)]
                resp = list_page(request, items, m.group("base"), n, CATS[cat], crumbs, f"/tin-tuc/chuyen-muc/{cat}")
            else:
                resp = list_page(request, news_list_items(), "/tin-tuc", n, "Tin tức",
                                 [("Trang chủ", "/"), ("Tin tức", None)], "/tin-tuc")
            return resp or typo3_404(request)
        m = _ARCH_RE.match(path)
        if m:
            mm = m.group("m")
            items = [("story", s) for kind, s in news_list_items() if kind == "story" and s.opts["list_date"][3:5] == mm]
            crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (f"Lưu trữ tháng {mm}/2026", None)]
            return list_page(request, items, path, 1, f"Lưu trữ tháng {mm}/2026", crumbs, "/tin-tuc")
        if path in STATIC_PAGES:
            return static_page(request, path)
        routes = {
            "/gioi-thieu": intro_menu,
            "/thu-vien-anh": album_index,
            "/thu-vien-anh/le-khai-giang-2026": album_page,
            "/lien-he": contact,
            "/en/": english,
            "/tim-kiem": search,
        }
        if path in routes:
            return routes[path](request)
        if path == "/en":
            return redirect("/en/", 301)
        return typo3_404(request)

    def legacy(self, request: Request) -> Response | None:
        p = request.params
        if p.get("id") == "1" and len(p) == 1:
            return redirect("/", 301)
        if p.get("id") != str(DETAIL_PID):
            return typo3_404(request)
        uid_s = p.get("tx_news_pi1[news]", "")
        if not uid_s.isdigit() or p.get("cHash") != chash(int(uid_s)):
            return typo3_404(request)
        if p.get("tx_news_pi1[action]", "detail") != "detail":
            return typo3_404(request)
        story = BY_UID.get(int(uid_s))
        if story is None:
            return not_found_news(request) if int(uid_s) == HIDDEN_UID else typo3_404(request)
        return detail_page(request, story)


def build_site() -> Typo3Site:
    return Typo3Site()


# --- gold ------------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    alts = [legacy_path(s.id)] if s.id in MOST_READ else []
    return gold_record(s, detail_path(s), CATS[s.opts["cats"][0]], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-truong",
    "/gioi-thieu/ban-giam-hieu",
    "/gioi-thieu/thanh-tich",
    "/lien-he",
    "/thu-vien-anh/le-khai-giang-2026",
]
