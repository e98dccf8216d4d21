"""Trường Chính trị tỉnh Vĩnh Long: a local vendor's news portal on an OpenCart 2.x-like shop.

Platform
--------
A PHP portal that a provincial web vendor ("Mekong Soft") built by repurposing an e-commerce
framework of the OpenCart 2.x family for news: the shop's *product* became a news item
(``route=news/article&news_id=<id>``), its *category* a news section
(``route=news/category&path=<id>``), its *information* pages the intro and contact pages. The
theme keeps the shop's bones: ``<base href>`` in the head, ``#top`` bar, ``#logo``, ``#search``
(a JavaScript box, no form), ``nav#menu.navbar`` with ``dropdown-menu/dropdown-inner`` and a
"Xem tất cả …" link, ``ul.breadcrumb`` with a home icon, side columns ``aside#column-left`` /
``aside#column-right`` whose modules are OpenCart 1.5-style boxes (``div.box > div.box-heading +
div.box-content``), ``product-layout/product-thumb`` tiles in the listings (the date sits in
``p.price``), the sort/limit selects, ``ul.pagination`` and the line
"Hiển thị 6 đến 7 trong 7 (2 Trang)". The article page is the shop's *product page*: a
``col-sm-8`` with the image strip (``ul.thumbnails``) and the tabs (Nội dung / Thông tin / Tài
liệu đính kèm / Bình luận), then a ``col-sm-4`` with the ``h1``, the ``ul.list-unstyled`` facts
(Chuyên mục, Mã tin, Ngày đăng, Lượt xem), the short description, the review stars and the
AddThis bar; below it "Bài viết liên quan" (the shop's related products) and the tags line.

URL scheme
----------
- start URL ``/`` (also ``/index.php`` and ``/index.php?route=common/home``, which the logo and
  the breadcrumb's home icon link to);
- listings ``/index.php?route=news/category&path=<id>&page=N`` and, for the sections that have
  an SEO keyword, ``/<category-slug>?page=N`` (page 1 without ``page``); each listing's pager
  keeps the form of the page it is printed on, so both forms are complete copies;
  extra ``sort``/``order``/``limit`` parameters only in the selects' ``<option value>``;
- articles ``/<slug>`` (those that have an SEO keyword) and
  ``/index.php?route=news/article&news_id=<id>``, plus the shop's variants
  ``…&path=<cat>&news_id=<id>`` (from a listing), ``…&news_id=<id>&tag=<tag>`` /
  ``/<slug>?tag=<tag>`` (from the tag search) and ``/tin-tuc-su-kien/<slug>`` (category-prefixed
  SEO path, from the home slideshow);
- images ``/image/catalog/<folder>/<file>``, cached thumbnails
  ``/image/cache/catalog/<folder>/<file>-300x200.jpg``, attachments ``/image/catalog/van-ban/…pdf``;
- intro ``/gioi-thieu`` (= ``route=information/information&information_id=4``), structure
  ``route=information/information&information_id=7``, contact ``/lien-he``, documents
  ``route=news/document&document_id=<id>``, tag search ``route=news/search&tag=<tag>``.

Sections: "Tin tức - Sự kiện" (path 59, ``/tin-tuc-su-kien``, 5 per page, 2 pages), "Đào tạo -
Bồi dưỡng" (path 60, ``/dao-tao-boi-duong``, 1 page), "Nghiên cứu khoa học" (path 61, no SEO
keyword: route form only, 1 page).

How each gold article is reached
--------------------------------
- 131, 127: home slideshow, home "Tin mới nhất", listing 59 p1, related boxes;
- 130, 126, 119, 114: listing 60, home box "Đào tạo - Bồi dưỡng", related boxes;
- 128: listing 61 and listing 59 p1 (filed in both), home boxes, tag search;
- 125, 123: listing 61, home box "Nghiên cứu khoa học", tag search (123);
- 124, 121: listing 59 p1 and related boxes;
- 116, 113: **only** page 2 of listing 59 (either URL form).

Traps
-----
1. ``<base href>`` + base-relative markup (not in the README's list). The head prints
   ``<base href="http://host/">``; the editor's images are ``image/catalog/…`` and the vendor's
   modules print ``index.php?route=…`` without a leading slash. On ``/tin-tuc-su-kien/<slug>``
   (the slideshow's link) resolving them against the page instead of the base gives
   ``/tin-tuc-su-kien/image/…`` and ``/tin-tuc-su-kien/index.php?…``, which answer 404.
   Gold: image paths ``/image/catalog/…``; that alias is an ``alt_path`` of article 131.
2. The product-page layout puts the text before the headline (not in the list). In source
   order the image strip and the description tab come first, the ``h1``, the date and the views
   after them in the right column; the sapo of 126 (``div.tct-motangan``, the shop's short
   description) is printed after the ``h1``, i.e. after the text it leads. Gold: title = ``h1``;
   126's summary is that element and the body's first paragraph.
3. Byline and source in the shop's attribute tab (not in the list). Articles 128, 125, 123 print
   "Tác giả" (and "Đơn vị") rows in the "Thông tin" tab (``#tab-specification``, a bordered
   table), not in the text. Gold: authors from that table (degree and unit dropped, a unit
   signing alone kept); the table is not body.
4. Shop leftovers around the text (not in the list): star rating with "0 bình luận / Viết bình
   luận", the review tab with its form and "Đánh giá: Kém … Tốt" radios, "Mã tin: TCT00131", the
   AddThis bar, "Bài viết liên quan" tiles whose dates sit in ``p.price``, "Từ khóa:" tags and
   the "Tài liệu đính kèm" tab. Gold: none of it is body; the related tiles are no images.
5. ``<title>``/``og:title`` are the shop's separate meta title (not in the list): 131's is
   keyword-stuffed, and 127's is the title of last year's article the editor copied with the
   shop's "Sao chép" button ("… 43 năm … 2025"). Gold: title = the ``h1`` as printed.
6. PHP's empty date (not in the list): article 123 has no ``date_available`` and prints
   "Ngày đăng: 30/11/-0001" (``date('d/m/Y', strtotime('0000-00-00'))``), on its page and in the
   listing. Gold: ``published_at`` null, the page prints no real date.
7. Soft 404 at 200 from double-escaped links (not in the list): the "Tin đọc nhiều" box prints
   ``index.php?route=news/article&amp;amp;news_id=124``; the request carries ``amp;news_id``, no
   ``news_id``, and the vendor's controller answers 200 with a full page titled
   "Không tìm thấy bài viết!". Gold: not an article (neither in GOLD nor in NON_ARTICLES).
8. Cached thumbnail and placeholder above the text (not in the list): the image strip shows
   ``image/cache/…-300x200.jpg`` of the first in-text photo (linking to an ``-800x600`` popup);
   articles without photos show the shop's ``image/cache/no_image-300x200.png``. Gold: the photo
   counts once, as the full-size ``/image/catalog/…`` in the text; the placeholder is no image.
9. One article, many URLs: SEO and route forms, ``&path=`` and ``&tag=`` variants, the
   category-prefixed alias; ``<link rel="canonical">`` names the SEO URL where there is one,
   else ``index.php?route=news/article&news_id=<id>``. Gold: path = canonical, others in
   ``alt_paths``.
10. The breadcrumb follows the URL (not in the list): 128 is filed under "Nghiên cứu khoa học"
    and listed in "Tin tức - Sự kiện" too; reached with ``&path=59`` its breadcrumb reads "Tin
    tức - Sự kiện". Gold: category = "Nghiên cứu khoa học", what its canonical page's breadcrumb
    and its "Chuyên mục:" line print.
11. Pagination: two complete copies of each listing (SEO and route form, the pager keeping the
    form), page 1 linked without ``page``, and the selects' ``&limit=100`` only in options.
    Gold: 116 and 113 are found on page 2 only.
12. Dates "dd/mm/yyyy" with the day ≤ 12 ("02/12/2026", "04/11/2026"): day first. Gold
    "2026-12-02", never February. A notice (130) printed as a party document has the letterhead
    date "ngày 28 tháng 11 năm 2026" while "Ngày đăng" says 01/12/2026: gold "2026-11-28",
    signer as author.
13. Editor output: one image (126) inserted by the file manager with an absolute URL on the
    site's own host; article 121's text is decomposed Unicode (NFD) pasted from a Mac; 121
    also prints "Người đăng: quantri". Gold: path-only image, NFC text, no author from the
    account.

Gold decisions on ambiguous points
----------------------------------
- ``path`` is the canonical URL; every other URL serving the article is in ``alt_paths``.
- ``published_at`` is the day of "Ngày đăng" (no time is printed); the related tiles' and the
  listings' dates are other articles' or the same day and are not used.
- 130: the letterhead table, the "THÔNG BÁO / Tuyển sinh …" lines, "Nơi nhận" and the signature
  block are not body; author "Trần Thanh Phong" (the signer).
- 125: the italic abstract is the body's first paragraph but no summary (neither bold nor its
  own element); the footnote calls "[1]" stay in their sentences; "Tài liệu tham khảo" and its entries
  are body paragraphs.
- 127: "Tin, ảnh: Ngọc Hân" -> author and photographer; the second caption's parentheses are
  taken off. 128: the line "Ảnh: Minh Khoa" under the photo -> photographer, caption None.
- 114: "BBT" signs -> nobody; its photo prints no line -> caption None (alt is not a caption).
- 113: "Xem thêm: <link>" is not body.
- 116: the results table is body, one paragraph per row, cells joined by " | ".
- 119: list items are paragraphs; "Tin: Hoàng Yến - Ảnh: Quốc Việt" -> [Hoàng Yến], [Quốc Việt].
- 124: "Nguồn: Báo Vĩnh Long điện tử" -> source; the name above it is the author.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote_plus

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
    static_file,
    text,
)

NAME = "php_opencart_like_vendor_cms_tct"
PLATFORM = "PHP OpenCart 2.x-like shop repurposed for news by a local vendor (news/article, news/category)"
START_PATH = "/"

SITE_NAME = "Trường Chính trị tỉnh Vĩnh Long"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5
TAG = "chuyển đổi số"
TAG_Q = quote_plus(TAG)  # how the search page prints it in its result links (PHP urlencode)
ACTIVE = ' class="active"'
SELECTED = ' selected="selected"'


@dataclass(frozen=True)
class Cat:
    id: int
    name: str
    seo: str | None
    intro: str
    members: tuple[int, ...]  # listing order (newest first)


CATS: dict[int, Cat] = {
    59: Cat(
        59,
        "Tin tức - Sự kiện",
        "tin-tuc-su-kien",
        "Tin tức về các hoạt động của Trường Chính trị tỉnh Vĩnh Long và các sự kiện chính trị, xã hội của tỉnh.",
        (131, 128, 127, 124, 121, 116, 113),
    ),
    60: Cat(
        60,
        "Đào tạo - Bồi dưỡng",
        "dao-tao-boi-duong",
        "Thông báo tuyển sinh, khai giảng, bế giảng các lớp đào tạo, bồi dưỡng cán bộ.",
        (130, 126, 119, 114),
    ),
    61: Cat(
        61,
        "Nghiên cứu khoa học",
        None,
        "Hoạt động nghiên cứu khoa học, hội thảo và bài viết của cán bộ, giảng viên.",
        (128, 125, 123),
    ),
}

IMG = "/image/catalog/tin-tuc/2026"


def _img(name: str, printed: str | None = None, caption: str | None = None, style: str = "next") -> Img:
    return Img(f"{IMG}/{name}", printed, caption, style)


STORIES: list[Story] = [
    Story(
        131,
        "hoi-nghi-tong-ket-cong-tac-dao-tao-boi-duong-nam-2026",
        "Trường Chính trị tỉnh Vĩnh Long tổng kết công tác đào tạo, bồi dưỡng năm 2026",
        "Tin tức - Sự kiện",
        "2026-12-02",
        [
            P(
                "Sáng ngày 01/12/2026, Trường Chính trị tỉnh Vĩnh Long tổ chức Hội nghị tổng kết công tác "
                "đào tạo, bồi dưỡng năm 2026 và triển khai phương hướng, nhiệm vụ năm 2027. Đồng chí Trần "
                "Thanh Phong, Hiệu trưởng Nhà trường chủ trì hội nghị.",
                "lead",
            ),
            P(
                "Tham dự hội nghị có đại diện lãnh đạo Ban Tổ chức Tỉnh ủy, Ban Tuyên giáo và Dân vận Tỉnh "
                "ủy, Sở Nội vụ cùng toàn thể cán bộ, giảng viên, viên chức và người lao động của Nhà trường."
            ),
            _img(
                "12/tong-ket-2026-01.jpg",
                "Đồng chí Trần Thanh Phong, Hiệu trưởng Nhà trường phát biểu khai mạc hội nghị",
                "Đồng chí Trần Thanh Phong, Hiệu trưởng Nhà trường phát biểu khai mạc hội nghị",
            ),
            P(
                "Báo cáo tổng kết cho biết, trong năm 2026 Nhà trường đã mở 42 lớp đào tạo, bồi dưỡng với "
                "tổng số 3.856 học viên, đạt 108% kế hoạch năm. Trong đó có 14 lớp trung cấp lý luận chính "
                "trị - hành chính, 2 lớp cao cấp lý luận chính trị liên kết với Học viện Chính trị khu vực "
                "IV và 26 lớp bồi dưỡng các đối tượng."
            ),
            P(
                "Công tác nghiên cứu khoa học tiếp tục được chú trọng: Nhà trường nghiệm thu 5 đề tài khoa "
                "học cấp cơ sở, tổ chức 2 hội thảo khoa học; 37 bài viết của giảng viên được đăng trên các "
                "tạp chí, bản tin chuyên ngành. Việc ứng dụng công nghệ thông tin, chuyển đổi số trong quản "
                "lý đào tạo được đẩy mạnh, 100% hồ sơ học viên đã được số hóa."
            ),
            P(
                "Bên cạnh kết quả đạt được, hội nghị thẳng thắn chỉ ra một số hạn chế như: đội ngũ giảng "
                "viên còn thiếu so với yêu cầu; một số lớp học mở tại cơ sở chưa bảo đảm điều kiện cơ sở vật "
                "chất; việc đổi mới phương pháp giảng dạy ở một số khoa chưa đồng đều."
            ),
            _img("12/tong-ket-2026-02.jpg", "Quang cảnh hội nghị", "Quang cảnh hội nghị"),
            P(
                "Phát biểu chỉ đạo, đồng chí Lê Thị Kim Loan, Phó Hiệu trưởng đề nghị các khoa, phòng tập "
                "trung rà soát chương trình, nâng cao chất lượng giáo trình, tăng cường đi nghiên cứu thực tế, "
                "gắn lý luận với thực tiễn của địa phương sau sắp xếp đơn vị hành chính."
            ),
            P(
                "Dịp này, Nhà trường khen thưởng 6 tập thể và 21 cá nhân có thành tích xuất sắc trong thực "
                "hiện nhiệm vụ năm 2026."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng Tổ chức - Hành chính</strong></p>'),
        ],
        authors=["Phòng Tổ chức - Hành chính"],
        summary=(
            "Sáng ngày 01/12/2026, Trường Chính trị tỉnh Vĩnh Long tổ chức Hội nghị tổng kết công tác "
            "đào tạo, bồi dưỡng năm 2026 và triển khai phương hướng, nhiệm vụ năm 2027. Đồng chí Trần "
            "Thanh Phong, Hiệu trưởng Nhà trường chủ trì hội nghị."
        ),
        opts={
            "seo": True,
            "posted": "02/12/2026",
            "meta_title": "Tổng kết đào tạo bồi dưỡng 2026 | truong chinh tri vinh long, llct, boi duong can bo",
            "tags": [TAG],
            "related": [128, 127, 126],
        },
    ),
    Story(
        130,
        "thong-bao-tuyen-sinh-trung-cap-llct-hc-nam-2027",
        "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung năm 2027",
        "Đào tạo - Bồi dưỡng",
        "2026-11-28",
        [
            Raw(
                '<table style="width: 100%;" border="0"><tbody><tr>'
                '<td style="width: 45%; text-align: center; vertical-align: top;"><strong>TỈNH ỦY VĨNH LONG</strong>'
                "<br><strong>TRƯỜNG CHÍNH TRỊ</strong><br>*<br>Số 215-TB/TCT</td>"
                '<td style="text-align: center; vertical-align: top;"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong>'
                "<br><br><em>Vĩnh Long, ngày 28 tháng 11 năm 2026</em></td>"
                "</tr></tbody></table>"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br><strong>Tuyển sinh lớp Trung cấp '
                "lý luận chính trị - hành chính</strong><br><strong>hệ không tập trung năm 2027</strong></p>"
                '<p style="text-align: center;">-----</p>'
            ),
            P(
                "Căn cứ Kế hoạch số 86-KH/TCT ngày 15/10/2026 của Trường Chính trị tỉnh Vĩnh Long về đào "
                "tạo, bồi dưỡng năm 2027; căn cứ chỉ tiêu đào tạo được Ban Thường vụ Tỉnh ủy phê duyệt, Trường "
                "Chính trị tỉnh Vĩnh Long thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính "
                "hệ không tập trung năm 2027 như sau:"
            ),
            P("1. Đối tượng, tiêu chuẩn", "b"),
            P(
                "Cán bộ, công chức, viên chức đang công tác tại các cơ quan Đảng, Nhà nước, Mặt trận Tổ quốc "
                "và các tổ chức chính trị - xã hội từ tỉnh đến cơ sở; là đảng viên chính thức; có trình độ "
                "chuyên môn từ trung cấp trở lên."
            ),
            P(
                "Được cơ quan có thẩm quyền cử đi học theo quy hoạch; có đủ sức khỏe để học tập trong suốt "
                "khóa học."
            ),
            P("2. Thời gian, hình thức đào tạo", "b"),
            P(
                "Thời gian đào tạo 8 tháng, học tập trung theo đợt (mỗi tháng học 10 ngày). Dự kiến khai "
                "giảng trong tháng 3 năm 2027 tại cơ sở chính của Nhà trường."
            ),
            P("3. Hồ sơ và thời hạn nộp hồ sơ", "b"),
            P("Quyết định hoặc công văn cử đi học của cơ quan có thẩm quyền;", "li"),
            P("Bản sao có chứng thực văn bằng chuyên môn cao nhất;", "li"),
            P("Sơ yếu lý lịch có xác nhận của cơ quan quản lý;", "li"),
            P("02 ảnh màu cỡ 3x4 (ghi rõ họ tên, đơn vị ở mặt sau).", "li"),
            P(
                "Hồ sơ gửi về Phòng Quản lý đào tạo - Nghiên cứu khoa học, Trường Chính trị tỉnh Vĩnh Long "
                "trước ngày 31/01/2027. Điện thoại liên hệ: 0270 3822 451."
            ),
            Raw(
                '<table style="width: 100%;" border="0"><tbody><tr>'
                '<td style="width: 50%; vertical-align: top;"><strong><em><u>Nơi nhận:</u></em></strong><br>'
                '<span style="font-size: 11px;">- Ban Tổ chức Tỉnh ủy (b/c);<br>- Các đảng ủy trực thuộc Tỉnh ủy;'
                "<br>- Các sở, ban, ngành tỉnh;<br>- Lưu VT, P.QLĐT-NCKH.</span></td>"
                '<td style="text-align: center; vertical-align: top;"><strong>T/M BAN GIÁM HIỆU<br>HIỆU TRƯỞNG'
                "</strong><br><br><em>(đã ký)</em><br><br><strong>Trần Thanh Phong</strong></td>"
                "</tr></tbody></table>"
            ),
        ],
        authors=["Trần Thanh Phong"],
        opts={
            "seo": True,
            "posted": "01/12/2026",
            "attach": ("TB-215-TCT-tuyen-sinh-TC-2027.pdf", "/image/catalog/van-ban/2026/TB-215-TCT.pdf"),
            "related": [126, 119],
        },
    ),
    Story(
        128,
        "hoi-thao-chuyen-doi-so-trong-giang-day",
        "Hội thảo khoa học “Chuyển đổi số trong giảng dạy lý luận chính trị ở Trường Chính trị tỉnh Vĩnh "
        "Long - Thực trạng và giải pháp”",
        "Nghiên cứu khoa học",
        "2026-11-25",
        [
            P(
                "Ngày 24/11/2026, Trường Chính trị tỉnh Vĩnh Long tổ chức Hội thảo khoa học cấp trường với chủ "
                "đề “Chuyển đổi số trong giảng dạy lý luận chính trị ở Trường Chính trị tỉnh Vĩnh Long - Thực "
                "trạng và giải pháp”. Đồng chí Huỳnh Văn Tài, Phó Hiệu trưởng chủ trì hội thảo."
            ),
            P(
                "Hội thảo nhận được 24 bài tham luận của cán bộ, giảng viên Nhà trường và báo cáo viên, giảng "
                "viên kiêm chức của các trung tâm chính trị. Ban Tổ chức chọn 7 tham luận trình bày trực tiếp "
                "tại hội thảo."
            ),
            _img("11/hoi-thao-cds-01.jpg", "Ảnh: Minh Khoa", None, "credit"),
            P(
                "Các ý kiến tập trung phân tích thực trạng ứng dụng công nghệ thông tin trong thiết kế bài "
                "giảng, khai thác học liệu điện tử, tổ chức kiểm tra, đánh giá trực tuyến; đồng thời chỉ ra "
                "những khó khăn như hạ tầng kỹ thuật chưa đồng bộ, kỹ năng số của một bộ phận giảng viên và "
                "học viên còn hạn chế."
            ),
            P(
                "Nhiều tham luận đề xuất xây dựng kho bài giảng điện tử dùng chung, áp dụng mô hình lớp học "
                "kết hợp đối với một số chuyên đề bồi dưỡng và tăng cường bồi dưỡng kỹ năng số cho đội ngũ "
                "giảng viên."
            ),
            P(
                "Kết luận hội thảo, đồng chí Huỳnh Văn Tài ghi nhận chất lượng các tham luận, giao Phòng Quản "
                "lý đào tạo - Nghiên cứu khoa học tổng hợp, biên tập thành kỷ yếu làm cơ sở để Nhà trường xây "
                "dựng đề án chuyển đổi số giai đoạn 2027 - 2030."
            ),
        ],
        authors=["Võ Thị Thanh Tuyền"],
        photographers=["Minh Khoa"],
        opts={
            "seo": False,
            "posted": "25/11/2026",
            "attrs": [("Tác giả", "ThS. Võ Thị Thanh Tuyền - Khoa Lý luận cơ sở")],
            "tags": [TAG],
            "related": [123, 125],
            "meta_title": "Hội thảo khoa học chuyển đổi số trong giảng dạy lý luận chính trị",
        },
    ),
    Story(
        127,
        "hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        "Tin tức - Sự kiện",
        "2026-11-20",
        [
            P(
                "Chiều ngày 19/11/2026, Trường Chính trị tỉnh Vĩnh Long tổ chức họp mặt kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Đến dự có đồng chí Phó Trưởng ban Thường trực "
                "Ban Tổ chức Tỉnh ủy cùng đại diện các sở, ban, ngành tỉnh."
            ),
            P(
                "Tại buổi họp mặt, đồng chí Lê Thị Kim Loan, Phó Hiệu trưởng ôn lại truyền thống của ngành "
                "giáo dục và chặng đường xây dựng, phát triển của Nhà trường. Đội ngũ nhà giáo của trường hiện "
                "có 46 giảng viên, trong đó 3 tiến sĩ, 38 thạc sĩ; 100% giảng viên có trình độ cao cấp lý "
                "luận chính trị."
            ),
            _img(
                "11/20-11-2026-01.jpg",
                "Lãnh đạo Ban Tổ chức Tỉnh ủy tặng hoa chúc mừng tập thể nhà giáo Nhà trường",
                "Lãnh đạo Ban Tổ chức Tỉnh ủy tặng hoa chúc mừng tập thể nhà giáo Nhà trường",
                "table",
            ),
            P(
                "Phát biểu tại buổi họp mặt, đồng chí Phó Trưởng ban Thường trực Ban Tổ chức Tỉnh ủy ghi nhận "
                "những đóng góp của tập thể cán bộ, giảng viên Trường Chính trị trong công tác đào tạo, bồi "
                "dưỡng cán bộ cho hệ thống chính trị của tỉnh, nhất là trong thời gian thực hiện sắp xếp tổ "
                "chức bộ máy."
            ),
            P(
                "Dịp này, 04 nhà giáo được tặng Kỷ niệm chương “Vì sự nghiệp giáo dục” và 09 giảng viên được "
                "Hiệu trưởng tặng giấy khen vì có thành tích xuất sắc trong phong trào thi đua “Dạy tốt - Học "
                "tốt”."
            ),
            _img(
                "11/20-11-2026-02.jpg",
                "(Các nhà giáo được tặng Kỷ niệm chương “Vì sự nghiệp giáo dục”)",
                "Các nhà giáo được tặng Kỷ niệm chương “Vì sự nghiệp giáo dục”",
            ),
            P(
                "Buổi họp mặt diễn ra trong không khí ấm áp, thân tình với chương trình văn nghệ do các chi "
                "đoàn học viên biểu diễn."
            ),
            Raw('<p style="text-align: right;"><strong><em>Tin, ảnh: Ngọc Hân</em></strong></p>'),
        ],
        authors=["Ngọc Hân"],
        photographers=["Ngọc Hân"],
        opts={
            "seo": True,
            "posted": "20/11/2026",
            "meta_title": "Họp mặt kỷ niệm 43 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2025)",
            "related": [131, 124],
        },
    ),
    Story(
        126,
        "khai-giang-lop-boi-duong-lanh-dao-quan-ly-cap-phong-dot-2",
        "Khai giảng lớp Bồi dưỡng lãnh đạo, quản lý cấp phòng và tương đương năm 2026 (đợt 2)",
        "Đào tạo - Bồi dưỡng",
        "2026-11-18",
        [
            P(
                "Lớp học được tổ chức theo chương trình bồi dưỡng do Bộ Nội vụ ban hành, gồm 3 phần: kiến thức "
                "chung; kỹ năng lãnh đạo, quản lý; đi nghiên cứu thực tế và viết đề án. Thời gian học tập "
                "trung 4 tuần."
            ),
            _img(
                "11/khai-giang-cap-phong-d2.jpg",
                "Đồng chí Huỳnh Văn Tài, Phó Hiệu trưởng phát biểu khai giảng lớp học",
                "Đồng chí Huỳnh Văn Tài, Phó Hiệu trưởng phát biểu khai giảng lớp học",
                "next abs",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Huỳnh Văn Tài, Phó Hiệu trưởng đề nghị học viên chấp hành "
                "nghiêm nội quy, quy chế học tập; tích cực trao đổi, chia sẻ kinh nghiệm thực tiễn tại đơn vị; "
                "chú trọng rèn luyện kỹ năng xử lý tình huống, kỹ năng giao tiếp và kỹ năng số trong lãnh "
                "đạo, quản lý."
            ),
            P("Cuối khóa học, mỗi học viên xây dựng một đề án cải tiến công việc tại cơ quan, đơn vị mình."),
            Raw('<p style="text-align: right;"><strong>Thu Trang</strong></p>'),
        ],
        authors=["Thu Trang"],
        summary=(
            "Sáng 17/11/2026, Trường Chính trị tỉnh Vĩnh Long khai giảng lớp Bồi dưỡng lãnh đạo, quản lý "
            "cấp phòng và tương đương năm 2026 (đợt 2) cho 68 học viên là trưởng, phó các phòng, ban chuyên "
            "môn thuộc các sở, ngành và xã, phường trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        opts={"seo": True, "posted": "18/11/2026", "related": [130, 114]},
    ),
    Story(
        125,
        "van-dung-quan-diem-ho-chi-minh-ve-tu-phe-binh-va-phe-binh",
        "Vận dụng quan điểm Hồ Chí Minh về tự phê bình và phê bình trong xây dựng, chỉnh đốn Đảng hiện nay",
        "Nghiên cứu khoa học",
        "2026-11-16",
        [
            P(
                "Tự phê bình và phê bình là quy luật phát triển của Đảng, là vũ khí sắc bén để Đảng tự làm "
                "trong sạch mình. Bài viết phân tích những quan điểm cơ bản của Chủ tịch Hồ Chí Minh về tự phê "
                "bình và phê bình, từ đó đề xuất một số giải pháp vận dụng trong công tác xây dựng, chỉnh đốn "
                "Đảng ở cơ sở hiện nay.",
                "i",
            ),
            P("1. Quan điểm của Chủ tịch Hồ Chí Minh về tự phê bình và phê bình", "b"),
            P(
                "Chủ tịch Hồ Chí Minh coi tự phê bình và phê bình là cách tốt nhất để làm cho phần tốt trong "
                "mỗi con người nảy nở như hoa mùa xuân và phần xấu bị mất dần đi. Người viết: “Một Đảng mà "
                "giấu giếm khuyết điểm của mình là một Đảng hỏng”[1]."
            ),
            P(
                "Theo Người, tự phê bình và phê bình phải được tiến hành thường xuyên, “như người ta rửa mặt "
                "hằng ngày”; phải trung thực, chân thành, có lý, có tình, “phê bình việc làm chứ không phải phê "
                "bình người”[2]."
            ),
            P("2. Một số giải pháp vận dụng hiện nay", "b"),
            P(
                "Thứ nhất, nâng cao nhận thức của cán bộ, đảng viên về vị trí, vai trò của tự phê bình và phê "
                "bình; gắn việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh với sinh hoạt "
                "chi bộ định kỳ."
            ),
            P(
                "Thứ hai, nâng cao chất lượng sinh hoạt chi bộ, nhất là sinh hoạt chuyên đề; người đứng đầu "
                "cấp ủy phải gương mẫu tự phê bình trước, khuyến khích đảng viên thẳng thắn góp ý."
            ),
            P(
                "Thứ ba, kết hợp chặt chẽ tự phê bình và phê bình trong nội bộ với phát huy vai trò giám sát "
                "của Nhân dân, của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội theo Quy định số "
                "124-QĐ/TW của Ban Bí thư[3]."
            ),
            P("Tài liệu tham khảo", "b"),
            P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.301."),
            P("[2] Hồ Chí Minh: Toàn tập, Sđd, t.5, tr.272."),
            P(
                "[3] Ban Bí thư: Quy định số 124-QĐ/TW ngày 10/10/2023 về giám sát của Mặt trận Tổ quốc Việt "
                "Nam, các tổ chức chính trị - xã hội và Nhân dân đối với việc tu dưỡng, rèn luyện đạo đức, lối "
                "sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên."
            ),
        ],
        authors=["Lê Thị Ngọc Diễm"],
        opts={
            "seo": False,
            "posted": "16/11/2026",
            "attrs": [("Tác giả", "ThS. Lê Thị Ngọc Diễm"), ("Đơn vị", "Khoa Xây dựng Đảng")],
            "related": [128],
        },
    ),
    Story(
        124,
        "dang-bo-truong-quan-triet-van-ban-moi-cua-trung-uong-va-tinh-uy",
        "Đảng bộ Trường Chính trị tỉnh Vĩnh Long quán triệt, triển khai các văn bản mới của Trung ương và "
        "của Tỉnh ủy",
        "Tin tức - Sự kiện",
        "2026-11-12",
        [
            P(
                "Ngày 11/11/2026, Đảng bộ Trường Chính trị tỉnh Vĩnh Long tổ chức hội nghị quán triệt, triển "
                "khai các văn bản mới của Trung ương và của Tỉnh ủy cho toàn thể cán bộ, đảng viên trong Đảng "
                "bộ.",
                "lead",
            ),
            P(
                "Tại hội nghị, đồng chí Trần Thanh Phong, Bí thư Đảng ủy, Hiệu trưởng Nhà trường quán triệt "
                "các nội dung cơ bản của các kết luận, quy định mới của Bộ Chính trị, Ban Bí thư và chương "
                "trình hành động của Tỉnh ủy về công tác cán bộ, về kiểm soát quyền lực trong công tác cán bộ."
            ),
            _img(
                "11/quan-triet-dang-bo.jpg",
                "Đồng chí Trần Thanh Phong quán triệt các văn bản mới tại hội nghị",
                "Đồng chí Trần Thanh Phong quán triệt các văn bản mới tại hội nghị",
            ),
            P(
                "Đồng chí đề nghị các chi bộ tổ chức thảo luận, xây dựng kế hoạch thực hiện cụ thể; mỗi cán bộ, "
                "đảng viên, nhất là giảng viên, cần nắm vững tinh thần các văn bản để cập nhật kịp thời vào "
                "bài giảng."
            ),
            P(
                "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến các chi bộ đang công tác "
                "tại các điểm lớp ở cơ sở."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Ngọc Trâm</strong></p>'
                '<p style="text-align: right;"><em>Nguồn: Báo Vĩnh Long điện tử</em></p>'
            ),
        ],
        authors=["Ngọc Trâm"],
        source="Báo Vĩnh Long điện tử",
        summary=(
            "Ngày 11/11/2026, Đảng bộ Trường Chính trị tỉnh Vĩnh Long tổ chức hội nghị quán triệt, triển "
            "khai các văn bản mới của Trung ương và của Tỉnh ủy cho toàn thể cán bộ, đảng viên trong Đảng "
            "bộ."
        ),
        opts={"seo": True, "posted": "12/11/2026", "related": [127, 121]},
    ),
    Story(
        123,
        "nghiem-thu-de-tai-chuyen-doi-so-quan-ly-hoc-vien",
        "Nghiệm thu đề tài khoa học cấp cơ sở về ứng dụng chuyển đổi số trong quản lý học viên",
        "Nghiên cứu khoa học",
        None,
        [
            P(
                "Hội đồng khoa học Trường Chính trị tỉnh Vĩnh Long vừa tổ chức nghiệm thu đề tài khoa học cấp "
                "cơ sở “Giải pháp nâng cao hiệu quả ứng dụng chuyển đổi số trong quản lý học viên tại Trường "
                "Chính trị tỉnh Vĩnh Long” do ThS. Nguyễn Hoàng Nam làm chủ nhiệm."
            ),
            P(
                "Đề tài đã khảo sát 412 học viên các lớp trung cấp lý luận chính trị - hành chính và 36 cán bộ "
                "quản lý lớp; đánh giá thực trạng sử dụng phần mềm quản lý đào tạo, việc điểm danh, theo dõi "
                "chuyên cần và công bố kết quả học tập trên môi trường số."
            ),
            _img(
                "11/nghiem-thu-de-tai-cds.jpg",
                "Hội đồng nghiệm thu làm việc",
                "Hội đồng nghiệm thu làm việc",
            ),
            P(
                "Nhóm nghiên cứu đề xuất 4 nhóm giải pháp, trong đó có việc tích hợp ứng dụng điểm danh bằng mã "
                "QR, cổng tra cứu kết quả học tập và kho tài liệu học tập trực tuyến cho học viên hệ không tập "
                "trung."
            ),
            P(
                "Hội đồng đánh giá đề tài có tính thực tiễn cao, thống nhất nghiệm thu với kết quả xếp loại "
                "Xuất sắc và đề nghị Nhà trường sớm ứng dụng các giải pháp vào công tác quản lý học viên."
            ),
        ],
        authors=["Phòng Quản lý đào tạo - Nghiên cứu khoa học"],
        opts={
            "seo": False,
            "posted": "30/11/-0001",
            "attrs": [("Tác giả", "Phòng Quản lý đào tạo - Nghiên cứu khoa học")],
            "tags": [TAG],
            "related": [128, 125],
        },
    ),
    Story(
        121,
        "giang-vien-khoa-nha-nuoc-va-phap-luat-di-thuc-te",
        "Giảng viên Khoa Nhà nước và pháp luật đi nghiên cứu thực tế tại xã Long Hồ",
        "Tin tức - Sự kiện",
        "2026-11-04",
        [
            P(
                "Từ ngày 02 đến 03/11/2026, Khoa Nhà nước và pháp luật, Trường Chính trị tỉnh Vĩnh Long tổ chức "
                "cho giảng viên đi nghiên cứu thực tế tại xã Long Hồ về việc vận hành chính quyền địa phương "
                "hai cấp."
            ),
            P(
                "Đoàn đã làm việc với Thường trực Đảng ủy, lãnh đạo Ủy ban nhân dân xã và Trung tâm Phục vụ hành "
                "chính công xã; tìm hiểu quy trình tiếp nhận, giải quyết thủ tục hành chính, việc phân cấp, "
                "phân quyền và bố trí đội ngũ cán bộ, công chức sau sắp xếp."
            ),
            _img(
                "11/thuc-te-long-ho-01.jpg",
                "Đoàn giảng viên làm việc với lãnh đạo xã Long Hồ",
                "Đoàn giảng viên làm việc với lãnh đạo xã Long Hồ",
                "table",
            ),
            P(
                "Lãnh đạo xã cho biết, sau hơn một năm vận hành, Trung tâm Phục vụ hành chính công đã tiếp "
                "nhận trên 9.600 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 98,7%; tuy nhiên địa phương vẫn còn "
                "thiếu công chức có chuyên môn về đất đai, xây dựng và công nghệ thông tin."
            ),
            _img(
                "11/thuc-te-long-ho-02.jpg",
                "Giảng viên tìm hiểu quy trình giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã",
                "Giảng viên tìm hiểu quy trình giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã",
                "table",
            ),
            P(
                "Qua đợt thực tế, các giảng viên có thêm tư liệu, tình huống thực tiễn để bổ sung vào bài giảng "
                "các chuyên đề về quản lý hành chính nhà nước và cải cách hành chính."
            ),
            Raw('<p style="text-align: right;"><strong>Khoa Nhà nước và pháp luật</strong></p>'),
        ],
        authors=["Khoa Nhà nước và pháp luật"],
        opts={"seo": False, "posted": "04/11/2026", "nfd": True, "poster": "quantri", "related": [124, 127]},
    ),
    Story(
        119,
        "be-giang-lop-trung-cap-llct-hc-khoa-2025-2026-phuong-thanh-duc",
        "Bế giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 2025 - 2026 tại "
        "phường Thanh Đức",
        "Đào tạo - Bồi dưỡng",
        "2026-10-28",
        [
            P(
                "Ngày 27/10/2026, Trường Chính trị tỉnh Vĩnh Long phối hợp với Đảng ủy phường Thanh Đức tổ "
                "chức lễ bế giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 2025 - "
                "2026."
            ),
            P(
                "Sau 8 tháng học tập, 72/72 học viên hoàn thành chương trình và được cấp bằng tốt nghiệp. Kết "
                "quả cụ thể như sau:"
            ),
            P("Loại giỏi: 21 học viên (29,2%);", "li"),
            P("Loại khá: 48 học viên (66,6%);", "li"),
            P("Loại trung bình: 03 học viên (4,2%).", "li"),
            _img(
                "10/be-giang-thanh-duc.jpg",
                "Lãnh đạo Nhà trường trao bằng tốt nghiệp cho học viên",
                "Lãnh đạo Nhà trường trao bằng tốt nghiệp cho học viên",
            ),
            P(
                "Phát biểu bế giảng, đồng chí Lê Thị Kim Loan, Phó Hiệu trưởng đề nghị học viên tiếp tục tự "
                "học tập, nghiên cứu, vận dụng kiến thức đã học vào thực tiễn công tác tại cơ quan, đơn vị."
            ),
            Raw('<p style="text-align: right;"><em>Tin: Hoàng Yến - Ảnh: Quốc Việt</em></p>'),
        ],
        authors=["Hoàng Yến"],
        photographers=["Quốc Việt"],
        opts={"seo": True, "posted": "28/10/2026", "related": [130, 126]},
    ),
    Story(
        116,
        "hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        "Hội thi giảng viên dạy giỏi cấp trường năm 2026: 12 giảng viên đạt giải",
        "Tin tức - Sự kiện",
        "2026-10-22",
        [
            P(
                "Từ ngày 14 đến 21/10/2026, Trường Chính trị tỉnh Vĩnh Long tổ chức Hội thi giảng viên dạy giỏi "
                "cấp trường năm 2026 với sự tham gia của 19 giảng viên thuộc 4 khoa chuyên môn."
            ),
            P(
                "Mỗi giảng viên trình bày một bài giảng lý thuyết trong 45 phút và trả lời câu hỏi của Ban Giám "
                "khảo. Nhiều bài giảng được thiết kế công phu, lồng ghép tình huống thực tiễn của tỉnh và ứng "
                "dụng hiệu quả bài giảng điện tử."
            ),
            _img("10/hoi-thi-gvdg-2026.jpg", "Một tiết giảng tại Hội thi", "Một tiết giảng tại Hội thi"),
            P("Kết quả, Ban Tổ chức trao 12 giải cho các giảng viên, trong đó các giải cao nhất gồm:"),
            P("TT | Họ và tên | Đơn vị | Giải", "row"),
            P("1 | Nguyễn Thị Bích Ngọc | Khoa Lý luận cơ sở | Nhất", "row"),
            P("2 | Phan Văn Hậu | Khoa Xây dựng Đảng | Nhì", "row"),
            P("3 | Đặng Thị Mỹ Xuyên | Khoa Nhà nước và pháp luật | Nhì", "row"),
            P(
                "Hội thi là dịp để giảng viên trao đổi kinh nghiệm, đổi mới phương pháp giảng dạy theo hướng "
                "phát huy tính tích cực của người học; kết quả Hội thi là căn cứ để Nhà trường cử giảng viên "
                "tham gia Hội thi giảng viên dạy giỏi toàn quốc."
            ),
            Raw('<p style="text-align: right;"><strong>Minh Thư</strong></p>'),
        ],
        authors=["Minh Thư"],
        opts={"seo": True, "posted": "22/10/2026", "related": [127]},
    ),
    Story(
        114,
        "khai-giang-lop-boi-duong-kien-thuc-quoc-phong-an-ninh-doi-tuong-4",
        "Khai giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        "Đào tạo - Bồi dưỡng",
        "2026-10-14",
        [
            P(
                "Sáng 13/10/2026, Trường Chính trị tỉnh Vĩnh Long phối hợp với Bộ Chỉ huy Quân sự tỉnh khai "
                "giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026 với 95 học viên.",
                "plain",
            ),
            _img("10/qp-an-doi-tuong-4.jpg", None, None, "none"),
            P(
                "Trong thời gian 5 ngày, học viên được nghiên cứu các chuyên đề về quan điểm của Đảng về đường "
                "lối quốc phòng, an ninh; xây dựng thế trận quốc phòng toàn dân gắn với thế trận an ninh nhân "
                "dân; phòng, chống chiến lược “diễn biến hòa bình” trên lĩnh vực tư tưởng, văn hóa.",
                "plain",
            ),
            P("Kết thúc khóa học, học viên đạt yêu cầu được cấp giấy chứng nhận theo quy định.", "plain"),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        opts={"seo": False, "posted": "14/10/2026", "related": [126, 119]},
    ),
    Story(
        113,
        "cong-doan-truong-giai-bong-chuyen-hoi-chao-mung-20-10",
        "Công đoàn Trường Chính trị tổ chức giải bóng chuyền hơi nữ chào mừng Ngày Phụ nữ Việt Nam 20/10",
        "Tin tức - Sự kiện",
        "2026-10-09",
        [
            P(
                "Nhằm chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026), "
                "ngày 08/10/2026, Công đoàn cơ sở Trường Chính trị tỉnh Vĩnh Long tổ chức giải bóng chuyền hơi "
                "nữ cho nữ cán bộ, giảng viên, người lao động."
            ),
            P(
                "Giải có 4 đội tham gia, thi đấu vòng tròn tính điểm. Các trận đấu diễn ra sôi nổi, đoàn kết, "
                "thu hút đông đảo cán bộ, giảng viên và học viên đến cổ vũ."
            ),
            _img(
                "10/bong-chuyen-hoi-01.jpg",
                "Trận đấu giữa đội Khối phòng và đội Khoa Xây dựng Đảng",
                "Trận đấu giữa đội Khối phòng và đội Khoa Xây dựng Đảng",
            ),
            P(
                "Kết quả, đội Khoa Lý luận cơ sở đoạt giải Nhất; giải Nhì thuộc về đội Khối phòng; đồng giải Ba "
                "thuộc về đội Khoa Xây dựng Đảng và đội Khoa Nhà nước và pháp luật."
            ),
            _img("10/bong-chuyen-hoi-02.jpg", None, None, "none"),
            Raw(
                '<p style="text-align: right;"><strong>Tin, ảnh: Thanh Tâm</strong></p>'
                '<p><strong>Xem thêm:</strong> <a href="index.php?route=news/document&amp;document_id=22">'
                "Kế hoạch tổ chức các hoạt động chào mừng Ngày Phụ nữ Việt Nam 20/10/2026</a></p>"
            ),
        ],
        authors=["Thanh Tâm"],
        photographers=["Thanh Tâm"],
        opts={"seo": True, "posted": "09/10/2026", "related": [127, 131]},
    ),
]

BY_ID: dict[int, Story] = {st.id: st for st in STORIES}
BY_SLUG: dict[str, Story] = {st.slug: st for st in STORIES if st.opts.get("seo")}
MAIN_CAT: dict[int, int] = {
    sid: cid for cid, cat in CATS.items() for sid in cat.members if BY_ID[sid].cat == cat.name
}
#: the articles the slideshow links by their category-prefixed SEO path
SLIDES = [(131, True), (127, False)]

INFO_PAGES = {
    4: (
        "Giới thiệu chung",
        "gioi-thieu",
        [
            "Trường Chính trị tỉnh Vĩnh Long là cơ sở đào tạo, bồi dưỡng trực thuộc Tỉnh ủy Vĩnh Long, chịu "
            "sự lãnh đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy và sự quản lý nhà nước của Ủy ban "
            "nhân dân tỉnh; chịu sự chỉ đạo, hướng dẫn về chuyên môn của Học viện Chính trị quốc gia Hồ Chí Minh.",
            "Nhà trường có chức năng tham mưu cho Tỉnh ủy, Ủy ban nhân dân tỉnh về công tác đào tạo, bồi dưỡng "
            "cán bộ, công chức, viên chức; tổ chức đào tạo, bồi dưỡng lý luận chính trị, kiến thức quản lý nhà "
            "nước và nghiên cứu khoa học.",
            "Trụ sở: Số 15 đường Trưng Nữ Vương, phường Thanh Đức, tỉnh Vĩnh Long.",
        ],
    ),
    7: (
        "Cơ cấu tổ chức",
        None,
        [
            "Ban Giám hiệu: Hiệu trưởng Trần Thanh Phong; các Phó Hiệu trưởng Lê Thị Kim Loan, Huỳnh Văn Tài.",
            "Các phòng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo - Nghiên cứu khoa học.",
            "Các khoa: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp luật; Khoa Dân vận.",
        ],
    ),
}

DOCS = {
    21: (
        "Kế hoạch đào tạo, bồi dưỡng năm 2027",
        "86-KH/TCT",
        "15/10/2026",
        "/image/catalog/van-ban/2026/KH-86-TCT.pdf",
    ),
    22: (
        "Kế hoạch tổ chức các hoạt động chào mừng Ngày Phụ nữ Việt Nam 20/10/2026",
        "12-KH/CĐCS",
        "25/09/2026",
        "/image/catalog/van-ban/2026/KH-12-CDCS.pdf",
    ),
}

# --- URLs ------------------------------------------------------------------------------------


def canonical_path(st: Story) -> str:
    return f"/{st.slug}" if st.opts.get("seo") else f"/index.php?route=news/article&news_id={st.id}"


def raw_path(st: Story) -> str:
    """What the vendor's own modules print (string-built, no SEO rewrite)."""
    return f"/index.php?route=news/article&news_id={st.id}"


def listing_link(st: Story, cid: int) -> str:
    """The shop's url->link('news/article', 'path=…&news_id=…'), rewritten when a keyword exists."""
    if st.opts.get("seo"):
        return f"/{st.slug}"
    return f"/index.php?route=news/article&path={cid}&news_id={st.id}"


def tag_link(st: Story) -> str:
    if st.opts.get("seo"):
        return f"/{st.slug}?tag={TAG_Q}"
    return f"/index.php?route=news/article&news_id={st.id}&tag={TAG_Q}"


def cat_link(cat: Cat, page: int = 1, form: str = "seo") -> str:
    if form == "seo" and cat.seo:
        return f"/{cat.seo}" + (f"?page={page}" if page > 1 else "")
    return f"/index.php?route=news/category&path={cat.id}" + (f"&page={page}" if page > 1 else "")


def a(href: str) -> str:
    """An href as the templates print it (``&`` escaped)."""
    return esc(href)


# --- chrome ----------------------------------------------------------------------------------


def head(req: Request, title: str, canonical: str | None = None, description: str = "", og: str = "") -> str:
    base = base_url(req)
    canon = f'<link href="{a(base + canonical)}" rel="canonical" />\n' if canonical else ""
    return f"""<!DOCTYPE html>
<!--[if IE]><![endif]-->
<!--[if IE 8 ]><html dir="ltr" lang="vi" class="ie8"><![endif]-->
<!--[if IE 9 ]><html dir="ltr" lang="vi" class="ie9"><![endif]-->
<!--[if (gt IE 9)|!(IE)]><!-->
<html dir="ltr" lang="vi">
<!--<![endif]-->
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
<base href="{base}/" />
<meta name="description" content="{esc(description or SITE_NAME)}" />
<meta name="keywords" content="truong chinh tri vinh long, dao tao, boi duong, ly luan chinh tri" />
{og}<script src="catalog/view/javascript/jquery/jquery-2.1.1.min.js" type="text/javascript"></script>
<link href="catalog/view/javascript/bootstrap/css/bootstrap.min.css" rel="stylesheet" media="screen" />
<script src="catalog/view/javascript/bootstrap/js/bootstrap.min.js" type="text/javascript"></script>
<link href="catalog/view/javascript/font-awesome/css/font-awesome.min.css" rel="stylesheet" type="text/css" />
<link href="catalog/view/theme/tct_vinhlong/stylesheet/stylesheet.css" rel="stylesheet">
<script src="catalog/view/javascript/common.js" type="text/javascript"></script>
{canon}<link href="{base}/image/catalog/logo/favicon.png" rel="icon" />
</head>
"""


def header(req: Request, body_class: str) -> str:
    base = base_url(req)
    cats = []
    for cat in CATS.values():
        href = a(base + cat_link(cat))
        subs = "".join(
            f'<li><a href="{a(base + listing_link(BY_ID[sid], cat.id))}">{esc(BY_ID[sid].title[:48])}…</a></li>'
            for sid in cat.members[:2]
        )
        cats.append(
            f'<li class="dropdown"><a href="{href}" class="dropdown-toggle" data-toggle="dropdown">{esc(cat.name)}</a>'
            f'<div class="dropdown-menu"><div class="dropdown-inner"><ul class="list-unstyled">{subs}</ul></div>'
            f'<a href="{href}" class="see-all">Xem tất cả {esc(cat.name)}</a></div></li>'
        )
    return f"""<body class="{body_class}">
<nav id="top">
  <div class="container">
    <div class="pull-left tct-ngay"><i class="fa fa-calendar"></i> {HEADER_DAY}</div>
    <div id="top-links" class="nav pull-right">
      <ul class="list-inline">
        <li><i class="fa fa-phone"></i> <span class="hidden-xs hidden-sm hidden-md">0270 3822 451</span></li>
        <li><a href="mailto:tct@vinhlong.gov.vn"><i class="fa fa-envelope"></i> <span class="hidden-xs">tct@vinhlong.gov.vn</span></a></li>
        <li><a href="https://www.facebook.com/truongchinhtrivinhlong" target="_blank"><i class="fa fa-facebook"></i></a></li>
      </ul>
    </div>
  </div>
</nav>
<header>
  <div class="container">
    <div class="row">
      <div class="col-sm-8">
        <div id="logo"><a href="{base}/index.php?route=common/home"><img src="{base}/image/catalog/logo/logo-tct-vinhlong.png" title="{SITE_NAME}" alt="{SITE_NAME}" class="img-responsive" /></a></div>
      </div>
      <div class="col-sm-4"><div id="search" class="input-group">
        <input type="text" name="search" value="" placeholder="Tìm kiếm tin bài" class="form-control input-lg" />
        <span class="input-group-btn"><button type="button" class="btn btn-default btn-lg"><i class="fa fa-search"></i></button></span>
      </div></div>
    </div>
  </div>
</header>
<div class="container">
  <nav id="menu" class="navbar">
    <div class="navbar-header"><span id="category" class="visible-xs">Danh mục</span>
      <button type="button" class="btn btn-navbar navbar-toggle" data-toggle="collapse" data-target=".navbar-ex1-collapse"><i class="fa fa-bars"></i></button>
    </div>
    <div class="collapse navbar-collapse navbar-ex1-collapse">
      <ul class="nav navbar-nav">
        <li><a href="{base}/"><i class="fa fa-home"></i> Trang chủ</a></li>
        <li class="dropdown"><a href="{base}/gioi-thieu" class="dropdown-toggle" data-toggle="dropdown">Giới thiệu</a>
          <div class="dropdown-menu"><div class="dropdown-inner"><ul class="list-unstyled">
            <li><a href="{base}/gioi-thieu">Giới thiệu chung</a></li>
            <li><a href="{base}/index.php?route=information/information&amp;information_id=7">Cơ cấu tổ chức</a></li>
          </ul></div></div></li>
        {"".join(cats)}
        <li><a href="{base}/lien-he">Liên hệ</a></li>
      </ul>
    </div>
  </nav>
</div>
"""


def breadcrumb(req: Request, crumbs: list[tuple[str, str]]) -> str:
    base = base_url(req)
    items = [f'<li><a href="{base}/index.php?route=common/home"><i class="fa fa-home"></i></a></li>']
    items += [f'<li><a href="{a(base + href)}">{esc(label)}</a></li>' for label, href in crumbs]
    return f'<ul class="breadcrumb">{"".join(items)}</ul>'


def box(heading: str, content: str, extra: str = "") -> str:
    return (
        f'<div class="box {extra}"><div class="box-heading">{esc(heading)}</div>'
        f'<div class="box-content">{content}</div></div>'
    )


def column_left(req: Request, active: int | None = None) -> str:
    cats = "".join(
        f'<li><a href="index.php?route=news/category&amp;path={c.id}"'
        f"{ACTIVE if c.id == active else ''}>{esc(c.name)} ({len(c.members)})</a></li>"
        for c in CATS.values()
    )
    docs = "".join(
        f'<li><a href="index.php?route=news/document&amp;document_id={did}">{esc(d[0])}</a>'
        f'<br><span class="vb-so">Số: {esc(d[1])}</span></li>'
        for did, d in DOCS.items()
    )
    links = (
        '<select class="form-control" onchange="if(this.value!=\'\') window.open(this.value);">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="http://vinhlong.dcs.vn">Đảng bộ tỉnh Vĩnh Long</option>'
        '<option value="http://www.vinhlong.gov.vn">Cổng TTĐT tỉnh Vĩnh Long</option>'
        '<option value="http://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option></select>'
        '<p class="text-center"><a href="http://baovinhlong.vn" target="_blank">'
        '<img src="image/catalog/banner/bao-vinh-long.jpg" alt="Báo Vĩnh Long" class="img-responsive"></a></p>'
    )
    return (
        '<aside id="column-left" class="col-sm-3 hidden-xs">'
        + box("Danh mục tin", f'<ul class="box-category">{cats}</ul>')
        + box("Văn bản mới", f'<ul class="tct-vanban">{docs}</ul>')
        + box("Liên kết", links)
        + "</aside>"
    )


def column_right(req: Request) -> str:
    hot = "".join(
        f'<li><a href="index.php?route=news/article&amp;amp;news_id={sid}">{esc(BY_ID[sid].title)}</a>'
        f' <span class="luotxem">({BY_ID[sid].views() + 900} lượt xem)</span></li>'
        for sid in (124, 121, 119)
    )
    poll = (
        '<form id="form-poll"><p><strong>Bạn đánh giá thế nào về giao diện mới của trang thông tin?</strong></p>'
        '<div class="radio"><label><input type="radio" name="poll_answer" value="1"> Đẹp, dễ sử dụng</label></div>'
        '<div class="radio"><label><input type="radio" name="poll_answer" value="2"> Bình thường</label></div>'
        '<div class="radio"><label><input type="radio" name="poll_answer" value="3"> Cần cải tiến</label></div>'
        '<button type="button" id="button-poll" class="btn btn-primary btn-sm">Bình chọn</button> '
        '<button type="button" id="button-poll-result" class="btn btn-default btn-sm">Xem kết quả</button></form>'
    )
    counter = (
        '<table class="tk-truycap"><tr><td><i class="fa fa-user"></i> Đang online:</td><td>17</td></tr>'
        '<tr><td><i class="fa fa-calendar"></i> Hôm nay:</td><td>412</td></tr>'
        '<tr><td><i class="fa fa-bar-chart"></i> Tổng truy cập:</td><td>1.386.205</td></tr></table>'
    )
    return (
        '<aside id="column-right" class="col-sm-3 hidden-xs">'
        + box("Tin đọc nhiều", f'<ul class="tct-docnhieu">{hot}</ul>', "box-hot")
        + box("Thăm dò ý kiến", poll)
        + box("Thống kê truy cập", counter)
        + "</aside>"
    )


def footer(req: Request) -> str:
    base = base_url(req)
    return f"""<footer>
  <div class="container">
    <div class="row">
      <div class="col-sm-5"><h5>{SITE_NAME.upper()}</h5>
        <ul class="list-unstyled">
          <li>Địa chỉ: Số 15 đường Trưng Nữ Vương, phường Thanh Đức, tỉnh Vĩnh Long</li>
          <li>Điện thoại: 0270 3822 451 - Fax: 0270 3822 452</li>
          <li>Email: tct@vinhlong.gov.vn</li>
        </ul></div>
      <div class="col-sm-3"><h5>Thông tin</h5>
        <ul class="list-unstyled">
          <li><a href="{base}/gioi-thieu">Giới thiệu</a></li>
          <li><a href="{base}/lien-he">Liên hệ</a></li>
        </ul></div>
      <div class="col-sm-4"><h5>Chịu trách nhiệm nội dung</h5>
        <p>ThS. Trần Thanh Phong - Hiệu trưởng</p></div>
    </div>
    <hr>
    <p>Bản quyền &copy; 2026 {SITE_NAME}. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.<br>
    Thiết kế web: <a href="http://mekongsoft.vn" target="_blank">Mekong Soft</a></p>
  </div>
</footer>
</body></html>
"""


def page(req: Request, title: str, body_class: str, content: str, **head_kw: str) -> Response:
    return html(head(req, title, **head_kw) + header(req, body_class) + content + footer(req))


# --- article text -------------------------------------------------------------------------


def _txt(st: Story, value: str) -> str:
    return text(value, nfd=bool(st.opts.get("nfd")))


def render_image(req: Request, st: Story, img: Img) -> str:
    src = base_url(req) + img.src if "abs" in img.style else img.src.lstrip("/")
    tag = f'<img src="{esc(src)}" alt="{esc(st.title)}" style="width: 600px; height: 400px;" />'
    line = img.printed
    if "table" in img.style:
        cap = f'<tr><td style="text-align: center;"><span style="font-size: 12px;"><em>{esc(line)}</em></span></td></tr>'
        return (
            '<table class="tbl-anh" style="margin-left: auto; margin-right: auto;" border="0" cellpadding="3">'
            f'<tbody><tr><td style="text-align: center;">{tag}</td></tr>{cap if line else ""}</tbody></table>'
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if line and "credit" in img.style:
        out += f'<p style="text-align: right;"><em>{esc(line)}</em></p>'
    elif line:
        out += f'<p style="text-align: center;"><em>{esc(line)}</em></p>'
    return out


def render_description(req: Request, st: Story) -> str:
    out: list[str] = []
    group = ""
    for block in st.blocks:
        kind = "li" if isinstance(block, P) and block.style == "li" else (
            "row" if isinstance(block, P) and block.style == "row" else ""
        )
        if group and kind != group:
            out.append("</ul>" if group == "li" else "</tbody></table>")
            group = ""
        if kind and not group:
            out.append("<ul>" if kind == "li" else '<table class="table table-bordered" border="1"><tbody>')
            group = kind
        if isinstance(block, Raw):
            out.append(block.html)
        elif isinstance(block, Img):
            out.append(render_image(req, st, block))
        elif kind == "li":
            out.append(f"<li>{_txt(st, block.text)}</li>")
        elif kind == "row":
            cells = "".join(f"<td>{_txt(st, c)}</td>" for c in block.text.split(" | "))
            out.append(f"<tr>{cells}</tr>")
        elif block.style == "lead":
            out.append(f'<p style="text-align: justify;"><span style="font-size: 14px;"><strong>'
                       f"{_txt(st, block.text)}</strong></span></p>")
        elif block.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{_txt(st, block.text)}</strong></p>')
        elif block.style == "i":
            out.append(f'<p style="text-align: justify;"><em>{_txt(st, block.text)}</em></p>')
        elif block.style == "plain":
            out.append(f"<p>{_txt(st, block.text)}</p>")
        else:
            out.append(f'<p style="text-align: justify;">{_txt(st, block.text)}</p>')
    if group:
        out.append("</ul>" if group == "li" else "</tbody></table>")
    return "\n".join(out)


def teaser(st: Story) -> str:
    first = st.summary or next(b.text for b in st.blocks if isinstance(b, P))
    return first[:150].rsplit(" ", 1)[0] + ".."


def thumb(st: Story, size: str = "300x200") -> str:
    """The shop's cached resize of the article's image (its first photo), or the placeholder."""
    imgs = st.images
    if not imgs:
        return f"image/cache/no_image-{size}.png"
    stem = imgs[0].src.lstrip("/").removeprefix("image/").rsplit(".", 1)[0]
    return f"image/cache/{stem}-{size}.jpg"


# --- pages ---------------------------------------------------------------------------------


def article_page(req: Request, st: Story) -> Response:
    base = base_url(req)
    path_param = req.params.get("path", "") if req.path == "/index.php" else ""
    crumb_cat = CATS.get(int(path_param)) if path_param.isdigit() else None
    if crumb_cat is None or st.id not in crumb_cat.members:
        crumb_cat = CATS[MAIN_CAT[st.id]]
    main = CATS[MAIN_CAT[st.id]]
    self_link = (
        listing_link(st, crumb_cat.id) if path_param else canonical_path(st)
    )
    content_top = (
        f'<ul class="thumbnails"><li><a class="thumbnail" href="{thumb(st, "800x600")}" title="{esc(st.title)}">'
        f'<img src="{thumb(st)}" title="{esc(st.title)}" alt="{esc(st.title)}" /></a></li></ul>'
    )
    attrs = st.opts.get("attrs")
    attach = st.opts.get("attach")
    tabs = ['<li class="active"><a href="#tab-description" data-toggle="tab">Nội dung</a></li>']
    panes = [f'<div class="tab-pane active" id="tab-description">\n{render_description(req, st)}\n</div>']
    if attrs:
        tabs.append('<li><a href="#tab-specification" data-toggle="tab">Thông tin</a></li>')
        rows = "".join(f"<tr><td>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in attrs)
        panes.append(
            '<div class="tab-pane" id="tab-specification"><table class="table table-bordered">'
            '<thead><tr><td colspan="2"><strong>Thông tin bài viết</strong></td></tr></thead>'
            f"<tbody>{rows}</tbody></table></div>"
        )
    if attach:
        tabs.append('<li><a href="#tab-download" data-toggle="tab">Tài liệu đính kèm (1)</a></li>')
        panes.append(
            f'<div class="tab-pane" id="tab-download"><ul class="list-unstyled"><li><i class="fa fa-file-pdf-o"></i> '
            f'<a href="{attach[1].lstrip("/")}" target="_blank">{esc(attach[0])}</a> (214 KB)</li></ul></div>'
        )
    tabs.append('<li><a href="#tab-review" data-toggle="tab">Bình luận (0)</a></li>')
    stars = '<span class="fa fa-stack"><i class="fa fa-star-o fa-stack-1x"></i></span>' * 5
    radios = "".join(f'<input type="radio" name="rating" value="{i}" /> ' for i in range(1, 6))
    panes.append(
        '<div class="tab-pane" id="tab-review"><form class="form-horizontal" id="form-review">'
        '<div id="review"><p>Chưa có bình luận nào cho bài viết này.</p></div>'
        "<h2>Viết bình luận</h2>"
        '<div class="form-group required"><div class="col-sm-12"><label class="control-label" for="input-name">Họ tên</label>'
        '<input type="text" name="name" value="" id="input-name" class="form-control" /></div></div>'
        '<div class="form-group required"><div class="col-sm-12"><label class="control-label" for="input-review">Nội dung bình luận</label>'
        '<textarea name="text" rows="5" id="input-review" class="form-control"></textarea>'
        '<div class="help-block"><span class="text-danger">Lưu ý:</span> Không hỗ trợ HTML!</div></div></div>'
        f'<div class="form-group required"><div class="col-sm-12"><label class="control-label">Đánh giá</label>'
        f"&nbsp;&nbsp;&nbsp; Kém&nbsp;{radios}&nbsp;Tốt</div></div>"
        '<div class="buttons clearfix"><div class="pull-right"><button type="button" id="button-review" '
        'data-loading-text="Đang tải..." class="btn btn-primary">Gửi bình luận</button></div></div></form></div>'
    )
    facts = [
        f'<li>Chuyên mục: <a href="{a(base + cat_link(main))}">{esc(main.name)}</a></li>',
        f"<li>Mã tin: TCT{st.id:05d}</li>",
        f"<li>Ngày đăng: {st.opts['posted']}</li>",
        f"<li>Lượt xem: {st.views()}</li>",
    ]
    if st.opts.get("poster"):
        facts.append(f"<li>Người đăng: {esc(st.opts['poster'])}</li>")
    sapo = (
        f'<div class="tct-motangan"><p>{_txt(st, st.summary)}</p></div>' if st.summary and st.sapo_outside else ""
    )
    related = ""
    rel = st.opts.get("related", [])
    if rel:
        tiles = []
        for rid in rel:
            other = BY_ID[rid]
            href = raw_path(other).lstrip("/")
            tiles.append(
                '<div class="product-layout col-lg-4 col-md-4 col-sm-6 col-xs-12"><div class="product-thumb transition">'
                f'<div class="image"><a href="{a(href)}"><img src="{thumb(other)}" alt="{esc(other.title)}" '
                f'title="{esc(other.title)}" class="img-responsive" /></a></div>'
                f'<div class="caption"><h4><a href="{a(href)}">{esc(other.title)}</a></h4>'
                f'<p>{esc(teaser(other))}</p><p class="price">{other.opts["posted"]}</p></div>'
                '<div class="button-group"><button type="button" '
                f"onclick=\"location='{a(href)}';\"><i class=\"fa fa-angle-double-right\"></i> "
                '<span class="hidden-xs hidden-sm hidden-md">Xem tiếp</span></button></div></div></div>'
            )
        related = f'<h3>Bài viết liên quan</h3>\n<div class="row">{"".join(tiles)}</div>'
    tags = ""
    if st.opts.get("tags"):
        tags = "<p>Từ khóa: " + ", ".join(
            f'<a href="{base}/index.php?route=news/search&amp;tag={esc(t)}">{esc(t)}</a>' for t in st.opts["tags"]
        ) + "</p>"
    meta_title = st.opts.get("meta_title", st.title)
    og = (
        f'<meta property="og:title" content="{esc(meta_title)}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:image" content="{base}/{thumb(st)}" />\n'
    )
    content = f"""<div id="news-article" class="container">
  {breadcrumb(req, [(crumb_cat.name, cat_link(crumb_cat)), (st.title, self_link)])}
  <div class="row">
  <div id="content" class="col-sm-9">
      <div class="row">
        <div class="col-sm-8">
          {content_top}
          <ul class="nav nav-tabs">{"".join(tabs)}</ul>
          <div class="tab-content">
{"".join(panes)}
          </div>
        </div>
        <div class="col-sm-4 tct-cot-phai">
          <h1 class="tct-tieude">{esc(st.title)}</h1>
          <ul class="list-unstyled tct-thongtin">
            {"".join(facts)}
          </ul>
          {sapo}
          <div class="rating">
            <p>{stars} <a href="" onclick="$('a[href=\\'#tab-review\\']').trigger('click'); return false;">0 bình luận</a> / <a href="" onclick="$('a[href=\\'#tab-review\\']').trigger('click'); return false;">Viết bình luận</a></p>
            <hr>
            <!-- AddThis Button BEGIN -->
            <div class="addthis_toolbox addthis_default_style" data-url="{a(base + canonical_path(st))}"><a class="addthis_button_facebook_like" fb:like:layout="button_count"></a> <a class="addthis_button_tweet"></a> <a class="addthis_button_pinterest_pinit"></a> <a class="addthis_counter addthis_pill_style"></a></div>
            <script type="text/javascript" src="//s7.addthis.com/js/300/addthis_widget.js#pubid=ra-515eeaf54693130e"></script>
            <!-- AddThis Button END -->
            <p><a href="javascript:window.print();" class="btn btn-default btn-xs"><i class="fa fa-print"></i> In bài viết</a></p>
          </div>
        </div>
      </div>
      {related}
      {tags}
  </div>
  {column_right(req)}
  </div>
</div>
"""
    return page(
        req,
        meta_title,
        f"news-article-{st.id}",
        content,
        canonical=canonical_path(st),
        description=teaser(st),
        og=og,
    )


def not_found_article(req: Request) -> Response:
    """The vendor's controller: a full page saying so, with status 200 (the shop sent 404)."""
    content = f"""<div id="news-article" class="container">
  {breadcrumb(req, [("Không tìm thấy bài viết!", req.target)])}
  <div class="row"><div id="content" class="col-sm-9">
    <h1>Không tìm thấy bài viết!</h1>
    <p>Không tìm thấy bài viết bạn yêu cầu! Bài viết có thể đã bị xóa hoặc đường dẫn không đúng.</p>
    <div class="buttons"><div class="pull-right"><a href="{base_url(req)}/index.php?route=common/home" class="btn btn-primary">Tiếp tục</a></div></div>
  </div>
  {column_right(req)}</div>
</div>
"""
    return page(req, "Không tìm thấy bài viết!", "news-article", content)


def tile(req: Request, st: Story, href: str) -> str:
    return (
        '<div class="product-layout product-list col-xs-12"><div class="product-thumb">'
        f'<div class="image"><a href="{a(href)}"><img src="{thumb(st)}" alt="{esc(st.title)}" '
        f'title="{esc(st.title)}" class="img-responsive" /></a></div>'
        f'<div><div class="caption"><h4><a href="{a(href)}">{esc(st.title)}</a></h4>'
        f'<p>{esc(teaser(st))}</p><p class="price"><i class="fa fa-clock-o"></i> {st.opts["posted"]}</p></div>'
        '<div class="button-group"><button type="button" '
        f"onclick=\"location='{a(href)}';\"><i class=\"fa fa-angle-double-right\"></i> "
        '<span class="hidden-xs hidden-sm hidden-md">Xem tiếp</span></button></div></div></div></div>'
    )


def pagination(req: Request, link, page_no: int, pages: int) -> str:
    base = base_url(req)
    if pages <= 1:
        return ""
    items = []
    if page_no > 1:
        items.append(f'<li><a href="{a(base + link(1))}">|&lt;</a></li>')
        items.append(f'<li><a href="{a(base + link(page_no - 1))}">&lt;</a></li>')
    for n in range(1, pages + 1):
        if n == page_no:
            items.append(f'<li class="active"><span>{n}</span></li>')
        else:
            items.append(f'<li><a href="{a(base + link(n))}">{n}</a></li>')
    if page_no < pages:
        items.append(f'<li><a href="{a(base + link(page_no + 1))}">&gt;</a></li>')
        items.append(f'<li><a href="{a(base + link(pages))}">&gt;|</a></li>')
    return f'<ul class="pagination">{"".join(items)}</ul>'


def listing_page(req: Request, cat: Cat, form: str) -> Response:
    base = base_url(req)
    params = req.params
    try:
        page_no = max(1, int(params.get("page", "1") or "1"))
    except ValueError:
        page_no = 1
    limit_raw = params.get("limit", str(PER_PAGE))
    limit = int(limit_raw) if limit_raw in {"5", "25", "50", "75", "100"} else PER_PAGE
    members = [BY_ID[sid] for sid in cat.members]
    if params.get("sort") == "pd.name":
        members.sort(key=lambda s: s.title, reverse=params.get("order") == "DESC")
    total = len(members)
    pages = (total + limit - 1) // limit
    shown = members[(page_no - 1) * limit : page_no * limit]
    extra = "".join(f"&{k}={params[k]}" for k in ("sort", "order", "limit") if k in params)

    def link(n: int) -> str:
        url = cat_link(cat, n, form)
        return url + (extra if "?" in url else ("?" + extra[1:] if extra else ""))

    base_list = cat_link(cat, 1, form)
    joiner = "&" if "?" in base_list else "?"
    sorts = [
        ("p.sort_order", "ASC", "Mặc định"),
        ("pd.name", "ASC", "Tiêu đề (A - Z)"),
        ("pd.name", "DESC", "Tiêu đề (Z - A)"),
        ("p.date_added", "DESC", "Mới nhất"),
    ]
    sort_opts = "".join(
        f'<option value="{a(base + base_list + joiner + f"sort={s}&order={o}")}"'
        f"{SELECTED if (params.get('sort', 'p.sort_order'), params.get('order', 'ASC')) == (s, o) else ''}>"
        f"{label}</option>"
        for s, o, label in sorts
    )
    limit_opts = "".join(
        f'<option value="{a(base + base_list + joiner + f"limit={n}")}"{SELECTED if n == limit else ""}>{n}</option>'
        for n in (5, 25, 50, 75, 100)
    )
    if shown:
        tiles = "".join(tile(req, st, base + listing_link(st, cat.id)) for st in shown)
        first, last = (page_no - 1) * limit + 1, (page_no - 1) * limit + len(shown)
    else:
        tiles = '<p>Không có bài viết nào trong danh mục này.</p>'
        first, last = 0, 0
    results = f"Hiển thị {first} đến {last} trong {total} ({pages} Trang)"
    content = f"""<div id="news-category" class="container">
  {breadcrumb(req, [(cat.name, cat_link(cat, 1, form))])}
  <div class="row">{column_left(req, cat.id)}
  <div id="content" class="col-sm-6">
    <h2>{esc(cat.name)}</h2>
    <div class="row">
      <div class="col-sm-2"><img src="image/cache/catalog/danh-muc/dm-{cat.id}-80x80.jpg" alt="{esc(cat.name)}" title="{esc(cat.name)}" class="img-thumbnail" /></div>
      <div class="col-sm-10"><p>{esc(cat.intro)}</p></div>
    </div>
    <hr>
    <div class="row">
      <div class="col-md-4"><div class="btn-group hidden-xs">
        <button type="button" id="list-view" class="btn btn-default" data-toggle="tooltip" title="Danh sách"><i class="fa fa-th-list"></i></button>
        <button type="button" id="grid-view" class="btn btn-default" data-toggle="tooltip" title="Lưới"><i class="fa fa-th"></i></button>
      </div></div>
      <div class="col-md-2 text-right"><label class="control-label" for="input-sort">Sắp xếp:</label></div>
      <div class="col-md-3 text-right"><select id="input-sort" class="form-control" onchange="location = this.value;">{sort_opts}</select></div>
      <div class="col-md-1 text-right"><label class="control-label" for="input-limit">Hiển thị:</label></div>
      <div class="col-md-2 text-right"><select id="input-limit" class="form-control" onchange="location = this.value;">{limit_opts}</select></div>
    </div>
    <br />
    <div class="row">{tiles}</div>
    <div class="row">
      <div class="col-sm-6 text-left">{pagination(req, link, page_no, pages)}</div>
      <div class="col-sm-6 text-right">{results}</div>
    </div>
  </div>
  {column_right(req)}
  </div>
</div>
"""
    title = cat.name + (f" - Trang {page_no}" if page_no > 1 else "")
    return page(req, title, f"news-category-{cat.id}", content, canonical=cat_link(cat, page_no, "seo"))


def home_page(req: Request) -> Response:
    base = base_url(req)
    slides = []
    for sid, prefixed in SLIDES:
        st = BY_ID[sid]
        href = f"tin-tuc-su-kien/{st.slug}" if prefixed else f"{base}/{st.slug}"
        slides.append(
            f'<div class="item"><a href="{href}"><img src="{thumb(st, "1140x380")}" alt="{esc(st.title)}" '
            f'class="img-responsive" /></a><div class="tct-slide-cap">{esc(st.title)}</div></div>'
        )
    latest = sorted(STORIES, key=lambda s: -s.id)[:5]
    newest = "".join(
        f'<li><a href="{a(raw_path(st).lstrip("/"))}"><img src="{thumb(st, "100x70")}" alt="" /></a>'
        f'<a href="{a(raw_path(st).lstrip("/"))}">{esc(st.title)}</a> <span class="ngay">({st.opts["posted"]})</span></li>'
        for st in latest
    )
    boxes = []
    for cid in (60, 61):
        cat = CATS[cid]
        items = []
        for sid in cat.members[:4]:
            st = BY_ID[sid]
            href = a(base + listing_link(st, cid)) if cid == 60 else a(raw_path(st).lstrip("/"))
            items.append(f'<li><a href="{href}">{esc(st.title)}</a></li>')
        boxes.append(
            f'<div class="tct-hop-tin"><h3 class="tct-hop-tieude"><a href="{a(base + cat_link(cat))}">{esc(cat.name)}</a></h3>'
            f'<ul>{"".join(items)}</ul></div>'
        )
    content = f"""<div id="common-home" class="container">
  <div class="row">{column_left(req)}
  <div id="content" class="col-sm-6">
    <div id="slideshow0" class="owl-carousel" style="opacity: 1;">{"".join(slides)}</div>
    <div class="box tct-tinmoi"><div class="box-heading">Tin mới nhất</div><div class="box-content"><ul>{newest}</ul></div></div>
    {"".join(boxes)}
  </div>
  {column_right(req)}
  </div>
</div>
"""
    return page(req, SITE_NAME, "common-home", content, canonical="/")


def info_page(req: Request, info_id: int) -> Response:
    title, _seo, paras = INFO_PAGES[info_id]
    content = f"""<div id="information-information" class="container">
  {breadcrumb(req, [(title, f"/{_seo}" if _seo else f"/index.php?route=information/information&information_id={info_id}")])}
  <div class="row">{column_left(req)}
  <div id="content" class="col-sm-9"><h1>{esc(title)}</h1>
  {"".join(f"<p>{esc(p)}</p>" for p in paras)}
  </div></div>
</div>
"""
    return page(req, title, "information-information", content)


def contact_page(req: Request) -> Response:
    base = base_url(req)
    content = f"""<div id="information-contact" class="container">
  {breadcrumb(req, [("Liên hệ", "/lien-he")])}
  <div class="row"><div id="content" class="col-sm-12">
    <h1>Liên hệ</h1>
    <h3>Địa chỉ liên hệ</h3>
    <div class="panel panel-default"><div class="panel-body"><div class="row">
      <div class="col-sm-3"><strong>{SITE_NAME}</strong><br /><address>Số 15 đường Trưng Nữ Vương, phường Thanh Đức, tỉnh Vĩnh Long</address></div>
      <div class="col-sm-3"><strong>Điện thoại</strong><br>0270 3822 451<br /><br /></div>
      <div class="col-sm-3"><strong>Giờ làm việc</strong><br />Sáng 7h00 - 11h00, chiều 13h00 - 17h00 (thứ Hai - thứ Sáu)</div>
    </div></div></div>
    <form action="{base}/index.php?route=information/contact" method="post" enctype="multipart/form-data" class="form-horizontal">
      <fieldset><legend>Gửi thư liên hệ</legend>
        <div class="form-group required"><label class="col-sm-2 control-label" for="input-name">Họ tên</label><div class="col-sm-10"><input type="text" name="name" value="" id="input-name" class="form-control" /></div></div>
        <div class="form-group required"><label class="col-sm-2 control-label" for="input-email">Email</label><div class="col-sm-10"><input type="text" name="email" value="" id="input-email" class="form-control" /></div></div>
        <div class="form-group required"><label class="col-sm-2 control-label" for="input-enquiry">Nội dung</label><div class="col-sm-10"><textarea name="enquiry" rows="10" id="input-enquiry" class="form-control"></textarea></div></div>
      </fieldset>
      <div class="buttons"><div class="pull-right"><input class="btn btn-primary" type="submit" value="Gửi" /></div></div>
    </form>
  </div></div>
</div>
"""
    return page(req, "Liên hệ", "information-contact", content)


def document_page(req: Request, doc_id: int) -> Response:
    title, number, day, pdf = DOCS[doc_id]
    content = f"""<div id="news-document" class="container">
  {breadcrumb(req, [("Văn bản", f"/index.php?route=news/document&document_id={doc_id}"), (number, f"/index.php?route=news/document&document_id={doc_id}")])}
  <div class="row">{column_left(req)}
  <div id="content" class="col-sm-9"><h1>{esc(title)}</h1>
    <table class="table table-bordered tct-vanban-ct"><tbody>
      <tr><td>Số ký hiệu</td><td>{esc(number)}</td></tr>
      <tr><td>Ngày ban hành</td><td>{day}</td></tr>
      <tr><td>Cơ quan ban hành</td><td>{SITE_NAME}</td></tr>
      <tr><td>Trích yếu</td><td>{esc(title)}</td></tr>
      <tr><td>Tệp đính kèm</td><td><a href="{pdf.lstrip("/")}"><i class="fa fa-download"></i> Tải về</a></td></tr>
    </tbody></table>
  </div></div>
</div>
"""
    return page(req, title, "news-document", content)


def search_page(req: Request, tag: str) -> Response:
    base = base_url(req)
    hits = [st for st in STORIES if tag in st.opts.get("tags", [])]
    tiles = "".join(tile(req, st, base + tag_link(st)) for st in hits) or "<p>Không có bài viết nào phù hợp.</p>"
    content = f"""<div id="news-search" class="container">
  {breadcrumb(req, [("Tìm kiếm", f"/index.php?route=news/search&tag={tag}")])}
  <div class="row"><div id="content" class="col-sm-9">
    <h1>Tìm kiếm - {esc(tag)}</h1>
    <h2>Bài viết phù hợp với từ khóa</h2>
    <div class="row">{tiles}</div>
    <div class="row"><div class="col-sm-6 text-left"></div><div class="col-sm-6 text-right">Hiển thị 1 đến {len(hits)} trong {len(hits)} (1 Trang)</div></div>
  </div>{column_right(req)}</div>
</div>
"""
    return page(req, f"Tìm kiếm - {tag}", "news-search", content)


# --- the site ------------------------------------------------------------------------------


class Site:
    def respond(self, req: Request) -> Response | None:
        path = req.path
        if path.startswith("/image/") or path.startswith("/catalog/view/"):
            if path.lower().endswith(".pdf") and path.startswith("/image/catalog/van-ban/"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/" or (path == "/index.php" and not req.query):
            return home_page(req)
        if path == "/index.php":
            return self.route(req)
        parts = path.strip("/").split("/")
        if path.endswith("/") or len(parts) > 2:
            return None
        if len(parts) == 2:
            cat = next((c for c in CATS.values() if c.seo == parts[0]), None)
            st = BY_SLUG.get(parts[1])
            if cat and st and st.id in cat.members:
                return article_page(req, st)
            return None
        key = parts[0]
        for cat in CATS.values():
            if cat.seo == key:
                return listing_page(req, cat, "seo")
        if key in BY_SLUG:
            return article_page(req, BY_SLUG[key])
        if key == "gioi-thieu":
            return info_page(req, 4)
        if key == "lien-he":
            return contact_page(req)
        return None

    def route(self, req: Request) -> Response | None:
        params = req.params
        route = params.get("route", "")
        if route == "common/home":
            return home_page(req)
        if route == "news/article":
            news_id = params.get("news_id", "")
            st = BY_ID.get(int(news_id)) if news_id.isdigit() else None
            return article_page(req, st) if st else not_found_article(req)
        if route == "news/category":
            cid = params.get("path", "")
            cat = CATS.get(int(cid)) if cid.isdigit() else None
            return listing_page(req, cat, "route") if cat else None
        if route == "information/information":
            iid = params.get("information_id", "")
            return info_page(req, int(iid)) if iid.isdigit() and int(iid) in INFO_PAGES else None
        if route == "information/contact":
            return contact_page(req)
        if route == "news/document":
            did = params.get("document_id", "")
            return document_page(req, int(did)) if did.isdigit() and int(did) in DOCS else None
        if route == "news/search" and params.get("tag"):
            return search_page(req, params["tag"])
        return None


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------


def _alt_paths(st: Story) -> list[str]:
    canon = canonical_path(st)
    alts = [raw_path(st)] if raw_path(st) != canon else []
    for cid, cat in CATS.items():
        if st.id in cat.members and not st.opts.get("seo"):
            alts.append(listing_link(st, cid))
    if st.opts.get("tags"):
        alts.append(tag_link(st))
    alts += [f"/tin-tuc-su-kien/{st.slug}" for sid, prefixed in SLIDES if prefixed and sid == st.id]
    return alts


GOLD = [
    gold_record(st, canonical_path(st), st.cat, canonical_path=canonical_path(st), alt_paths=_alt_paths(st))
    for st in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/index.php?route=information/information&information_id=7",
    "/lien-he",
    "/index.php?route=news/document&document_id=21",
    "/index.php?route=news/document&document_id=22",
]
