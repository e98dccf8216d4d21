"""Joomla 5.1 + Cassiopeia (child template "cassiopeia_pgd"): Phòng GD&ĐT huyện Đức Trọng, Lâm Đồng.

The district education office's site as a Joomla 5.1 integrator leaves it: core com_content
(category blog, category list, featured home), the Cassiopeia template through a child template
("cassiopeia_pgd": top bar with the date, logo block, metismenu drop-downs, right sidebar of
cards), SEF URLs with URL rewriting on, the vi-VN language pack, a few core plugins left on
(Email Cloaking, Page Break, Page Navigation, Load Modules) and custom fields on one category.

URL scheme
    /                                             featured view + "Articles - Newsflash" ("Tin mới")
    /tin-tuc/<category-alias>[?start=4|8]         category blog/list ("Tin tức" is a menu heading:
                                                  /tin-tuc itself is 404)
    /tin-tuc/<category-alias>/<id>-<alias>        article (SEF, ids kept)
    /tin-tuc/<blog-category>?format=feed&type=rss|atom   the category's feed (feed_limit 5)
    /gioi-thieu, /gioi-thieu/co-cau-to-chuc       single-article menu items (intro pages)
    /van-ban, /van-ban/<id>-<alias>               documents (category list + article view)
    /thu-vien-anh, /thu-vien-anh/<id>-<alias>     photo album (article view)
    /lien-he                                      com_contact
    /component/tags/tag/<alias>                   tag listings;  /component/finder/search?q=  search
    /images/..., /media/...                       images, PDFs, template assets

Page templates
    Every page: header (top bar "Thứ Bảy, 05/12/2026" + marquee, logo, metismenu, Smart Search
    form), banner, breadcrumbs "Bạn đang ở: Trang chủ / Tin tức / <category> / <title>", right
    sidebar ("Tiêu điểm" custom HTML, "Tin đọc nhiều" most-read, "Thông báo mới" with dd-mm-yyyy
    dates, "Văn bản mới", link select, visitor counter), footer with address/phone/email.
    Article: div.com-content-article.item-page > h1[itemprop=headline], dl.article-info (per
    category, see trap 4), ul.tags, figure.item-image (full-text image), div[itemprop=articleBody],
    then (guong-sang) the info block, nav.pagenavigation and ul.fields-container.
    Blog page (list limit 4 = 1 leading + 2 intro items + 1 "links" item): leading/intro items with
    thumbnail, h2 link, info block, intro text, "Đọc thêm …"; then "Tin khác:" ol.com-content-blog__links
    (titles only); then the pagination block "Đầu / Trước / 1 2 3 / Tiếp / Cuối" + "Trang 2 của 3".
    List layout (Thông báo): table.com-content-category__table with "Ngày tạo" and "Lượt xem"
    columns, a filter box and a "Hiển thị #" select in a POST form.

Categories and how each gold article is reached
    Hoạt động chuyên môn (blog, 9 articles, newest first, 4 per page):
      318 Hội thi giáo viên dạy giỏi …      page 1 leading; home featured + newsflash; most-read;
                                            tag page; feeds; H3's in-text module
      315 Tập huấn … học liệu số …          page 1 intro; newsflash; most-read; tag page; feeds
      311 Chuyên đề … Tà Năng               page 1 intro; newsflash; feeds
      307 Kiểm tra … phổ cập …              page 1 "Tin khác" title only; H3's in-text module; feeds
      302 Ngày hội đọc sách …               page 2 (?start=4) leading; feeds (5th newest)
      298 Hội nghị … chuyển đổi số …        page 2 intro; sidebar banner (non-SEF URL); tag page
      291 Hội khỏe Phù Đổng …               page 2 intro; sidebar /component/ URL; most-read; tag
      286 Bồi dưỡng … tâm lý học đường …    page 2 "Tin khác" title only (nowhere else)
      279 Thao giảng cụm … mầm non …        page 3 (?start=8) leading only (nowhere else)
    Gương sáng nhà giáo (blog, 2 articles, info block below, show_intro = No, prev/next on):
      309 Cô giáo K’Hồng …                  leading; newsflash; most-read; G2's "Trước"; feeds
      283 Thầy Phạm Văn Tư …                intro item; home featured; legacy link in 307's text
    Thông báo (category list layout, 2 articles):
      320 Thông báo kết quả xét tuyển …     table row; sidebar "Thông báo mới"; most-read
      317 Lịch tiếp công dân …              table row; sidebar "Thông báo mới"

Traps (each with the gold it implies)
 1. Joomla's blog page is 1 leading + 2 intro items + N "links": the 4th article of each page is a
    bare title under "Tin khác:" (ol.com-content-blog__links: no teaser, no thumbnail, no date).
    Pagination: text links Đầu/Trước/1 2 3/Tiếp/Cuối, the current page an href="#" link, page 1
    linked without ?start, offsets ?start=4 and ?start=8 (the list limit, not 10/20); the feeds
    stop at 5 items. 286 and 279 are only on pages 2 and 3. Gold: all 13 articles; listing pages,
    feeds and tag pages are not articles.
 2. One article, several Joomla addresses, all 200, no redirect, no rel=canonical (Joomla 5 prints
    none unless the SEF plugin's site domain is set): the sidebar banner typed by hand with the
    non-SEF URL /index.php?option=com_content&view=article&id=298:<alias>&catid=9&Itemid=105, a
    "router without menu item" URL /component/content/article/291-<alias>?catid=9&Itemid=101, and
    an inline link in 307's text written before URL rewriting was switched on,
    /index.php/tin-tuc/guong-sang/283-<alias>. Gold: one record per article at its SEF path; the
    others are alt_paths.
 3. Multi-page article (Content - Page Break) 298: the bare URL shows page 1 only, with a
    "Mục lục bài viết" card inside articleBody, a "Trang 1 của 2" counter and a Trước/Tiếp pager;
    parts at ?showall=&start=0|1, everything at ?showall=1 ("Xem tất cả các trang"). Gold: the
    body is both parts in order (the byline "Tin: Võ Thị Ngọc Bích" closes part 2); the TOC card,
    counter and pager are not text; the three query forms are alt_paths of the bare URL.
 4. The article info block is configured per category. Hoạt động chuyên môn: above the text,
    "Viết bởi: Super User" / "pgd_ductrong" (CMS accounts: nobody; the <meta name="author"> says
    the same) or a created_by_alias with a unit ("Nguyễn Hữu Phước - Tổ THCS" -> "Nguyễn Hữu
    Phước"), date in vi-VN DATE_FORMAT_LC2 "Ngày đăng: Thứ sáu, 04 Tháng 12 2026 15:40" with
    <time datetime="…+07:00">. Gương sáng: the block sits *below* the text and prints "Ngày tạo"
    first, then "Ngày đăng", then "Cập nhật lần cuối": gold is Ngày đăng (283's "30/10/2026 00:00"
    is midnight: the day alone). Thông báo: only "Cập nhật lần cuối": 320 takes its letterhead's
    day (2026-11-30), 317 prints no publication date at all -> null (the sidebar's and the list
    table's "27-11-2026" are the created date of a listing, not the page's).
 5. Custom fields (ul.fields-container, automatic display "After Display Content") carry the
    byline and source of Gương sáng after the info block and the prev/next buttons:
    "Tin, ảnh: Hồng Thắm" -> author and photographer; "Nguồn tin: Báo Lâm Đồng" -> source
    "Báo Lâm Đồng"; "Tác giả: Lâm Thị Yến (Trường Tiểu học Đà Loan)" -> "Lâm Thị Yến".
 6. show_intro = No (Gương sáng): the teaser the listing, the Newsflash module and the feeds print
    is NOT on the article page. Gold: the body starts with the page's own first paragraph; summary
    null; the teaser is in no field of the gold.
 7. Email cloaking: in 315's last paragraph the address is a <joomla-hidden-mail first=… last=…
    text=…> element whose no-JS content is "Địa chỉ email này đang được bảo vệ khỏi chương trình
    thư rác, bạn cần kích hoạt JavaScript để xem nó." Gold: the paragraph as a reader sees it,
    with the address (base64 in the element's text attribute), not the notice.
 8. Things inside articleBody that are not text: a {loadmoduleid} "Cùng chuyên mục" module (three
    other titles with dd-mm-yyyy dates) between 311's paragraphs; a dead Joomla 3 shortcode
    "{gallery}tin-tuc/2026/ngay-hoi-doc-sach-kim-dong{/gallery}" left in 302 after migration;
    320's "Tệp đính kèm:" line. Gold: none of them is body.
 9. Images the Joomla way: body <img src> keeps the media manager's fragment
    "#joomlaImage://local-images/…?width=1024&height=683" (318, 279) -> gold path without it; the
    full-text image (figure.item-image + figcaption.caption) sits between the info block and
    articleBody (315, 309, 283) -> the article's first image, with its caption; listing/newsflash
    thumbnails (/thumbs/) are not the article's; 311's photo and caption share a layout <table>
    (a caption, not body rows) while 318's result table and 317's schedule are data tables whose
    rows are body paragraphs (cells joined by " | ", header row included); 302's photo line
    "Ảnh: Trần Văn Quý" only credits -> photographer, caption None.
10. Feeds print pubDate in UTC ("+0000"): 283, published at local midnight, appears in the
    Gương sáng feed as "Thu, 29 Oct 2026 17:00:00 +0000", a day early. Gold: the page's day,
    "2026-10-30".
11. Non-articles in article markup: the intro pages, the documents (/van-ban/<id>-<alias>: a
    metadata table and a PDF) and the photo album are all div.com-content-article.item-page with
    an h1 -> NON_ARTICLES, not gold.
12. Encodings of old editors: 307's text is NFD (pasted from a Mac Word file), 283's text comes
    from a Joomla 3 JCE editor with entity encoding (named and numeric references mixed with raw
    UTF-8 every other letter). Gold: NFC text.

Gold decisions on ambiguous points
- category: the menu item's title as the breadcrumb prints it (Hoạt động chuyên môn, Gương sáng
  nhà giáo, Thông báo); "Tin tức" is a menu heading above them, not the category.
- summary: only 318 and 291 print a bold lead paragraph (-> summary and first body paragraph);
  315's meta description equals its first paragraph but is not a sapo (null).
- authors: bylines without degrees or units ("ThS. Đỗ Thị Mai Phương" -> "Đỗ Thị Mai Phương";
  "Nguyễn Thị Kim Oanh - Trường TH Kim Đồng", "Nguyễn Thị Hoa<br>Trường MN Hoa Ban" -> the
  name); a unit signing alone ("Bộ phận Phổ cập giáo dục", 307) is the author as printed;
  "Tin: Hoàng Minh Đức - Ảnh: Lơ Mu Ha Vân" -> [Hoàng Minh Đức], [Lơ Mu Ha Vân].
- 320 is an official notice: letterhead table, "THÔNG BÁO" and its subject line, "Nơi nhận" and
  the signature table are not body; the italic "Căn cứ …" lines are; its date is the letterhead's
  day, its author the signer (Trần Quốc Việt).
- 298: the h3 "Nhiệm vụ trọng tâm năm học 2026 - 2027" the editor typed at the top of part 2 is a
  body paragraph (it also names the TOC entry, which is not); its list items are paragraphs.
- 315's email paragraph: see trap 7 (reader's view, the address itself).
"""

from __future__ import annotations

import base64
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
)

NAME = "joomla5_cassiopeia_pgd"
PLATFORM = "Joomla 5.1 (com_content, Cassiopeia child template, SEF + URL rewriting)"
START_PATH = "/"

SITE_NAME = "Phòng GD&ĐT huyện Đức Trọng"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
ICT = timezone(timedelta(hours=7))
CLOAK_TEXT = (
    "Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, "
    "bạn cần kích hoạt JavaScript để xem nó."
)


# --- categories --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    key: str
    id: int
    itemid: int
    title: str
    layout: str  # "blog" | "list"
    per_page: int
    #: where the article info block sits and what it shows
    info: str  # "above" | "below" | "modified"
    show_intro: bool = True
    pagenav: bool = False
    desc: str = ""


CATS = {
    "hoat-dong-chuyen-mon": Cat(
        "hoat-dong-chuyen-mon", 9, 105, "Hoạt động chuyên môn", "blog", 4, "above",
        desc="Tin hoạt động chuyên môn, hội thi, chuyên đề, tập huấn của ngành giáo dục huyện.",
    ),
    "guong-sang": Cat(
        "guong-sang", 10, 106, "Gương sáng nhà giáo", "blog", 4, "below",
        show_intro=False, pagenav=True,
        desc="Những tấm gương nhà giáo tận tụy, sáng tạo trên địa bàn huyện Đức Trọng.",
    ),
    "thong-bao": Cat("thong-bao", 11, 107, "Thông báo", "list", 10, "modified"),
}


# --- the 13 articles ---------------------------------------------------------------------------

H1 = Story(
    id=318,
    slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
    title="Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-04T15:40:00+07:00",
    summary=(
        "Từ ngày 30/11 đến ngày 04/12/2026, Phòng Giáo dục và Đào tạo huyện Đức Trọng tổ chức "
        "Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027 tại Trường Tiểu "
        "học Liên Nghĩa và Trường Tiểu học Kim Đồng. Hội thi thu hút 86 giáo viên đến từ 38 "
        "trường tiểu học trên địa bàn huyện tham gia."
    ),
    blocks=[
        P(
            "Từ ngày 30/11 đến ngày 04/12/2026, Phòng Giáo dục và Đào tạo huyện Đức Trọng tổ chức "
            "Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027 tại Trường Tiểu "
            "học Liên Nghĩa và Trường Tiểu học Kim Đồng. Hội thi thu hút 86 giáo viên đến từ 38 "
            "trường tiểu học trên địa bàn huyện tham gia.",
            "bold",
        ),
        P(
            "Hội thi được tổ chức nhằm phát hiện, tôn vinh và nhân rộng những điển hình tiên tiến "
            "trong đội ngũ giáo viên; đồng thời tạo cơ hội để giáo viên giao lưu, học hỏi kinh "
            "nghiệm, đổi mới phương pháp dạy học theo định hướng phát triển phẩm chất, năng lực học "
            "sinh, đáp ứng yêu cầu của Chương trình giáo dục phổ thông 2018."
        ),
        P(
            "Mỗi giáo viên dự thi trải qua hai phần: trình bày biện pháp nâng cao chất lượng giảng "
            "dạy, giáo dục học sinh và thực hành dạy hai tiết trên lớp, trong đó có một tiết môn "
            "Tiếng Việt hoặc Toán và một tiết do giáo viên tự chọn. Các tiết dạy được bốc thăm "
            "trước hai ngày, bảo đảm công bằng, khách quan."
        ),
        Img(
            "/images/tin-tuc/2026/12/gvdg-th-01.jpg#joomlaImage://local-images/tin-tuc/2026/12/"
            "gvdg-th-01.jpg?width=1024&height=683",
            "Cô Ka Thị Hiền, Trường Tiểu học Tà Hine, trong tiết dạy môn Tiếng Việt lớp 3",
            "Cô Ka Thị Hiền, Trường Tiểu học Tà Hine, trong tiết dạy môn Tiếng Việt lớp 3",
            "em",
        ),
        P(
            "Theo đánh giá của Ban Giám khảo, nhiều tiết dạy được đầu tư công phu, vận dụng linh "
            "hoạt các kỹ thuật dạy học tích cực như khăn trải bàn, mảnh ghép, trạm học tập; ứng "
            "dụng hiệu quả công nghệ thông tin và học liệu số. Đặc biệt, giáo viên ở những trường "
            "vùng đồng bào dân tộc thiểu số như Tà Năng, Đà Loan, Ninh Loan đã chú trọng tăng cường "
            "tiếng Việt cho học sinh, tạo không khí lớp học thân thiện, gần gũi."
        ),
        P("Kết quả hội thi", "h"),
        P(
            "Kết thúc hội thi, Ban Tổ chức đã công nhận 71 giáo viên đạt danh hiệu giáo viên dạy "
            "giỏi cấp huyện, trong đó có 12 giáo viên đạt kết quả xuất sắc. Một số giáo viên đạt "
            "kết quả cao như sau:"
        ),
        P("STT | Họ và tên | Đơn vị | Kết quả", "row"),
        P("1 | Ka Thị Hiền | TH Tà Hine | Xuất sắc", "row"),
        P("2 | Nguyễn Thị Thanh Tâm | TH Liên Nghĩa | Xuất sắc", "row"),
        P("3 | Lê Hoàng Phúc | TH Kim Đồng | Xuất sắc", "row"),
        P("4 | Trần Thị Mỹ Duyên | TH Hiệp Thạnh | Xuất sắc", "row"),
        P(
            "Phát biểu bế mạc, bà Nguyễn Thị Lan Hương, Phó Trưởng phòng Giáo dục và Đào tạo, đề "
            "nghị các trường tổ chức sinh hoạt chuyên môn, chia sẻ lại những tiết dạy hay, biện "
            "pháp hiệu quả tại hội thi để cùng nhau nâng cao chất lượng dạy học trong năm học."
        ),
        Img(
            "/images/tin-tuc/2026/12/gvdg-th-02.jpg#joomlaImage://local-images/tin-tuc/2026/12/"
            "gvdg-th-02.jpg?width=1024&height=683",
            "Ban Tổ chức trao giấy chứng nhận cho các giáo viên đạt kết quả xuất sắc",
            "Ban Tổ chức trao giấy chứng nhận cho các giáo viên đạt kết quả xuất sắc",
            "em",
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phạm Thị Thu Trang</strong></p>'),
    ],
    authors=["Phạm Thị Thu Trang"],
    photographers=["Phạm Thị Thu Trang"],
    opts={
        "pub": "2026-12-04 15:40", "created": "2026-12-04 14:55", "modified": "2026-12-05 07:10",
        "by": "Super User", "tags": ["hoi-thi-hoi-khoe"],
        "thumb": "/images/tin-tuc/2026/12/thumbs/gvdg-th-01.jpg",
    },
)

H2_EMAIL = "chuyenmonthcs.ductrong@lamdong.edu.vn"
H2 = Story(
    id=315,
    slug="tap-huan-khai-thac-su-dung-hoc-lieu-so-cho-giao-vien-trung-hoc-co-so",
    title="Tập huấn khai thác, sử dụng học liệu số cho giáo viên trung học cơ sở",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-02T09:05:00+07:00",
    blocks=[
        Img(
            "/images/tin-tuc/2026/12/tap-huan-hoc-lieu-so.jpg",
            "Giáo viên thực hành thiết kế bài giảng điện tử tại điểm Trường THCS Lê Lợi",
            "Giáo viên thực hành thiết kế bài giảng điện tử tại điểm Trường THCS Lê Lợi",
            "fulltext",
        ),
        P(
            "Trong hai ngày 28 và 29/11/2026, Phòng Giáo dục và Đào tạo huyện Đức Trọng phối hợp "
            "với Nhà xuất bản Giáo dục Việt Nam tổ chức lớp tập huấn khai thác, sử dụng học liệu số "
            "và hệ thống bài giảng điện tử cho hơn 240 giáo viên các trường trung học cơ sở trên "
            "địa bàn huyện."
        ),
        P(
            "Lớp tập huấn được chia thành hai điểm: điểm Trường THCS Lê Lợi dành cho giáo viên các "
            "trường khu vực thị trấn Liên Nghĩa và các xã phía Bắc; điểm Trường THCS Nguyễn Du dành "
            "cho giáo viên các xã phía Nam của huyện."
        ),
        P(
            "Tại lớp tập huấn, các báo cáo viên đã hướng dẫn giáo viên cách tìm kiếm, khai thác kho "
            "học liệu số dùng chung của ngành; cách thiết kế bài giảng điện tử, xây dựng câu hỏi "
            "kiểm tra trực tuyến và quản lý lớp học trên môi trường số. Giáo viên được thực hành "
            "trực tiếp trên máy tính theo nhóm bộ môn."
        ),
        Img(
            "/images/tin-tuc/2026/12/tap-huan-hoc-lieu-so-2.jpg",
            "Báo cáo viên hướng dẫn sử dụng kho học liệu số dùng chung",
            "Báo cáo viên hướng dẫn sử dụng kho học liệu số dùng chung",
            "figure",
        ),
        P(
            "Thầy Lương Văn Thịnh, giáo viên Toán Trường THCS Tà Năng, chia sẻ: “Trường chúng tôi ở "
            "xa trung tâm, điều kiện tiếp cận tài liệu còn hạn chế. Qua đợt tập huấn này, tôi biết "
            "thêm nhiều nguồn học liệu chính thống để làm phong phú bài giảng, giúp học sinh hứng "
            "thú hơn với môn học”.",
            "quote",
        ),
        P(
            "Sau tập huấn, mỗi giáo viên hoàn thành ít nhất một bài giảng điện tử theo chủ đề được "
            "phân công và nộp về tổ chuyên môn trước ngày 20/12/2026. Các trường tổng hợp, lựa "
            "chọn sản phẩm tiêu biểu gửi về Phòng để xây dựng kho học liệu số của huyện."
        ),
        P(
            "Mọi vướng mắc trong quá trình thực hiện, giáo viên liên hệ bộ phận chuyên môn THCS của "
            f"Phòng qua địa chỉ thư điện tử {H2_EMAIL} hoặc số điện thoại 0263.3843.517 (giờ "
            "hành chính).",
            "email",
        ),
    ],
    authors=["Nguyễn Hữu Phước"],
    opts={
        "pub": "2026-12-02 09:05", "created": "2026-12-01 16:20", "modified": "2026-12-02 10:44",
        "by": "Nguyễn Hữu Phước - Tổ THCS", "tags": ["chuyen-doi-so"],
        "thumb": "/images/tin-tuc/2026/12/thumbs/tap-huan-hoc-lieu-so.jpg",
    },
)

H3 = Story(
    id=311,
    slug="chuyen-de-day-hoc-tich-hop-noi-dung-giao-duc-dia-phuong-tai-truong-thcs-ta-nang",
    title="Chuyên đề “Dạy học tích hợp nội dung giáo dục địa phương” tại Trường THCS Tà Năng",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-28T14:20:00+07:00",
    blocks=[
        P(
            "Ngày 26/11/2026, Phòng Giáo dục và Đào tạo huyện Đức Trọng tổ chức chuyên đề cấp huyện "
            "“Dạy học tích hợp nội dung giáo dục địa phương tỉnh Lâm Đồng trong các môn học ở cấp "
            "trung học cơ sở” tại Trường THCS Tà Năng. Tham dự có đại diện lãnh đạo, tổ trưởng "
            "chuyên môn và giáo viên Ngữ văn, Lịch sử và Địa lí của 22 trường THCS trong huyện."
        ),
        P(
            "Chuyên đề gồm hai tiết dạy minh họa. Tiết thứ nhất, cô Nguyễn Thị Hồng Nhung dạy bài "
            "“Văn hóa cồng chiêng của đồng bào K’Ho ở Lâm Đồng” cho học sinh lớp 7; tiết thứ hai, "
            "thầy Đinh Văn Sáu dạy bài “Các dân tộc ở Lâm Đồng” cho học sinh lớp 6."
        ),
        Img(
            "/images/tin-tuc/2026/11/chuyen-de-ta-nang-1.jpg",
            "Học sinh lớp 7 Trường THCS Tà Năng giới thiệu bộ chiêng của gia đình trong tiết học",
            "Học sinh lớp 7 Trường THCS Tà Năng giới thiệu bộ chiêng của gia đình trong tiết học",
            "table",
        ),
        P(
            "Điểm nổi bật của các tiết dạy là giáo viên đã mời nghệ nhân Ya Phi ở thôn Tà Sơn đến "
            "lớp trình diễn và trò chuyện cùng học sinh; học sinh được chia nhóm tìm hiểu, sưu tầm "
            "hình ảnh, hiện vật về đời sống, phong tục của các dân tộc bản địa, sau đó trình bày "
            "sản phẩm trước lớp."
        ),
        P(
            "Trong phần thảo luận, các đại biểu đánh giá cao cách tổ chức hoạt động học tập gắn với "
            "thực tiễn địa phương, giúp học sinh hiểu và tự hào về truyền thống văn hóa quê hương. "
            "Một số ý kiến đề xuất cần cân đối thời lượng giữa phần trải nghiệm và phần củng cố "
            "kiến thức để bảo đảm mục tiêu bài học."
        ),
        Raw("{MODULE}"),
        P(
            "Kết luận chuyên đề, ông Trần Quốc Việt, Trưởng phòng Giáo dục và Đào tạo, yêu cầu các "
            "trường tiếp tục rà soát kế hoạch dạy học, lồng ghép hợp lý nội dung giáo dục địa "
            "phương vào các môn học và hoạt động trải nghiệm, hướng nghiệp; khuyến khích giáo viên "
            "khai thác nguồn lực từ nghệ nhân, già làng tại địa phương."
        ),
        Img("/images/tin-tuc/2026/11/chuyen-de-ta-nang-2.jpg", None, None, "bare"),
        Raw(
            '<p style="text-align: right;"><em>Tin: Hoàng Minh Đức - Ảnh: Lơ Mu Ha Vân</em></p>'
        ),
    ],
    authors=["Hoàng Minh Đức"],
    photographers=["Lơ Mu Ha Vân"],
    opts={
        "pub": "2026-11-28 14:20", "created": "2026-11-27 09:02", "modified": "2026-11-28 14:31",
        "by": "pgd_ductrong",
        "thumb": "/images/tin-tuc/2026/11/thumbs/chuyen-de-ta-nang-1.jpg",
    },
)

G2_SLUG = "thay-pham-van-tu-va-lop-hoc-xoa-mu-chu-ban-dem-o-xa-da-loan"
H4_LINK_TEXT = "thầy Phạm Văn Tư ở xã Đà Loan"
H4 = Story(
    id=307,
    slug="kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-tai-cac-xa-nam-2026",
    title="Kiểm tra công tác phổ cập giáo dục, xóa mù chữ tại các xã năm 2026",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-25T08:30:00+07:00",
    blocks=[
        P(
            "Thực hiện kế hoạch của Ủy ban nhân dân huyện, từ ngày 17 đến ngày 21/11/2026, Đoàn kiểm "
            "tra của Phòng Giáo dục và Đào tạo đã tiến hành kiểm tra công tác phổ cập giáo dục, xóa "
            "mù chữ năm 2026 tại 15 xã, thị trấn trên địa bàn huyện Đức Trọng."
        ),
        P(
            "Đoàn đã kiểm tra hồ sơ điều tra, sổ theo dõi phổ cập, phiếu điều tra hộ gia đình và đối "
            "chiếu số liệu trên hệ thống thông tin điện tử quản lý phổ cập giáo dục, xóa mù chữ. "
            "Bên cạnh đó, đoàn trực tiếp đến một số hộ gia đình ở các thôn vùng sâu để xác minh "
            "thông tin về độ tuổi, trình độ học vấn của người dân."
        ),
        P(
            "Qua kiểm tra, các xã, thị trấn đều duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ "
            "em 5 tuổi, phổ cập giáo dục tiểu học mức độ 3, phổ cập giáo dục trung học cơ sở mức độ "
            "2 trở lên và xóa mù chữ mức độ 2. Hồ sơ được lưu trữ khoa học, số liệu cơ bản khớp "
            "đúng giữa hồ sơ giấy và phần mềm."
        ),
        P(
            "Tuy nhiên, ở một số xã như Tà Hine, Ninh Loan, việc cập nhật biến động dân số, trẻ "
            "chuyển đi, chuyển đến còn chậm; tỷ lệ người trong độ tuổi 15 - 35 biết chữ ở một vài "
            "thôn còn thấp hơn mức chung của huyện. Đoàn đề nghị các địa phương tiếp tục mở các lớp "
            f"xóa mù chữ, lớp học ban đêm như mô hình của {H4_LINK_TEXT} đã được nhiều người dân "
            "hưởng ứng.",
            "link",
        ),
        P(
            "Kết quả kiểm tra là cơ sở để Phòng Giáo dục và Đào tạo tham mưu Ủy ban nhân dân huyện "
            "đề nghị Sở Giáo dục và Đào tạo kiểm tra, công nhận huyện Đức Trọng duy trì đạt chuẩn "
            "phổ cập giáo dục, xóa mù chữ năm 2026."
        ),
        Raw('<p style="text-align: right;"><em>Bộ phận Phổ cập giáo dục</em></p>'),
    ],
    authors=["Bộ phận Phổ cập giáo dục"],
    opts={
        "pub": "2026-11-25 08:30", "created": "2026-11-24 17:05", "modified": "2026-11-25 08:30",
        "by": "Super User", "nfd": True,
        "link": (H4_LINK_TEXT, f"/index.php/tin-tuc/guong-sang/283-{G2_SLUG}"),
    },
)

H5 = Story(
    id=302,
    slug="ngay-hoi-doc-sach-sach-nguoi-ban-dong-hanh-tai-truong-tieu-hoc-kim-dong",
    title="Ngày hội đọc sách “Sách - Người bạn đồng hành” tại Trường Tiểu học Kim Đồng",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-20T10:00:00+07:00",
    blocks=[
        P(
            "Sáng ngày 18/11/2026, Trường Tiểu học Kim Đồng (thị trấn Liên Nghĩa) tổ chức Ngày hội "
            "đọc sách với chủ đề “Sách - Người bạn đồng hành” nhằm hưởng ứng phong trào xây dựng văn "
            "hóa đọc trong trường học và chào mừng ngày Nhà giáo Việt Nam 20/11."
        ),
        P(
            "Ngày hội có nhiều hoạt động sôi nổi như trưng bày sách theo chủ đề, thi giới thiệu sách, "
            "thi vẽ tranh theo nội dung câu chuyện yêu thích, đổi sách cũ lấy sách mới và góc "
            "“Thư viện xanh” dưới tán cây trong sân trường. Mỗi lớp trang trí một gian sách với "
            "những cuốn sách do học sinh và phụ huynh đóng góp."
        ),
        Img("/images/tin-tuc/2026/11/ngay-hoi-doc-sach-1.jpg", "Ảnh: Trần Văn Quý", None, "em"),
        P(
            "Tại phần thi giới thiệu sách, nhiều em học sinh lớp 4, lớp 5 đã tự tin thuyết trình, "
            "đóng vai nhân vật, kể lại câu chuyện bằng lời của mình. Em Phan Ngọc Bảo Anh, học sinh "
            "lớp 5A, chia sẻ: “Em thích nhất là được giới thiệu cuốn Dế Mèn phiêu lưu ký cho các "
            "bạn, vì em học được từ Dế Mèn bài học về lòng dũng cảm và biết nhận lỗi”."
        ),
        P(
            "Dịp này, nhà trường phát động học sinh đăng ký “Mỗi tháng một cuốn sách” và quyên góp "
            "được hơn 600 cuốn sách, truyện để tặng thư viện Trường Tiểu học Đà Loan và các điểm "
            "trường lẻ."
        ),
        Raw("<p>{gallery}tin-tuc/2026/ngay-hoi-doc-sach-kim-dong{/gallery}</p>"),
        Raw(
            '<p style="text-align: right;"><strong>Nguyễn Thị Kim Oanh</strong> - Trường TH Kim '
            "Đồng</p>"
        ),
    ],
    authors=["Nguyễn Thị Kim Oanh"],
    photographers=["Trần Văn Quý"],
    opts={
        "pub": "2026-11-20 10:00", "created": "2026-11-19 20:41", "modified": "2026-11-20 10:00",
        "by": "Super User",
        "thumb": "/images/tin-tuc/2026/11/thumbs/ngay-hoi-doc-sach-1.jpg",
    },
)

H6 = Story(
    id=298,
    slug="hoi-nghi-trien-khai-cong-tac-chuyen-doi-so-trong-cac-co-so-giao-duc-nam-hoc-2026-2027",
    title="Hội nghị triển khai công tác chuyển đổi số trong các cơ sở giáo dục năm học 2026 - 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-16T14:00:00+07:00",
    blocks=[
        P(
            "Chiều ngày 14/11/2026, Phòng Giáo dục và Đào tạo huyện Đức Trọng tổ chức Hội nghị triển "
            "khai công tác chuyển đổi số trong các cơ sở giáo dục năm học 2026 - 2027. Dự hội nghị "
            "có đại diện Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Phòng Văn hóa - Thông "
            "tin cùng hiệu trưởng, cán bộ phụ trách công nghệ thông tin của 74 trường mầm non, tiểu "
            "học, trung học cơ sở."
        ),
        P(
            "Báo cáo tại hội nghị cho biết, trong năm học 2025 - 2026, 100% cơ sở giáo dục trên địa "
            "bàn huyện đã sử dụng phần mềm quản lý trường học, sổ điểm điện tử và học bạ số; 96% "
            "giáo viên sử dụng thành thạo các phần mềm soạn giảng; nhiều trường đã triển khai thu "
            "học phí, các khoản thu hộ không dùng tiền mặt."
        ),
        Img(
            "/images/tin-tuc/2026/11/hoi-nghi-chuyen-doi-so.jpg",
            "Quang cảnh Hội nghị triển khai công tác chuyển đổi số năm học 2026 - 2027",
            "Quang cảnh Hội nghị triển khai công tác chuyển đổi số năm học 2026 - 2027",
            "em",
        ),
        P(
            "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra những khó khăn như hạ tầng mạng ở một "
            "số điểm trường lẻ vùng sâu còn yếu, thiết bị máy tính phục vụ dạy học xuống cấp; một "
            "bộ phận giáo viên lớn tuổi còn lúng túng khi ứng dụng công nghệ số vào dạy học."
        ),
        # -- page break here (opts["pagebreak"]) --
        P("Nhiệm vụ trọng tâm năm học 2026 - 2027", "h"),
        P("Năm học 2026 - 2027, ngành giáo dục huyện tập trung thực hiện các nhiệm vụ chính sau:"),
        P(
            "Hoàn thiện cơ sở dữ liệu ngành, bảo đảm dữ liệu “đúng, đủ, sạch, sống” và kết nối với "
            "cơ sở dữ liệu của Bộ Giáo dục và Đào tạo;",
            "li",
        ),
        P("Triển khai học bạ số đối với 100% học sinh tiểu học và trung học cơ sở;", "li"),
        P(
            "Xây dựng kho học liệu số dùng chung của huyện, khuyến khích giáo viên chia sẻ bài giảng "
            "điện tử;",
            "li",
        ),
        P(
            "Tăng cường bảo đảm an toàn thông tin, hướng dẫn học sinh kỹ năng sử dụng mạng xã hội an "
            "toàn.",
            "li",
        ),
        P(
            "Phát biểu chỉ đạo, ông Trần Quốc Việt, Trưởng phòng Giáo dục và Đào tạo, nhấn mạnh "
            "chuyển đổi số không chỉ là trang bị thiết bị mà trước hết là thay đổi nhận thức, cách "
            "làm của mỗi cán bộ quản lý, giáo viên. Ông đề nghị các trường chủ động xây dựng kế "
            "hoạch cụ thể, phân công người phụ trách và báo cáo tiến độ hằng tháng về Phòng."
        ),
        Raw('<p style="text-align: right;"><strong>Tin: Võ Thị Ngọc Bích</strong></p>'),
    ],
    authors=["Võ Thị Ngọc Bích"],
    opts={
        "pub": "2026-11-16 14:00", "created": "2026-11-15 08:12", "modified": "2026-11-16 15:26",
        "by": "Super User", "tags": ["chuyen-doi-so"],
        "pagebreak": (4, ["Nhiệm vụ trọng tâm năm học 2026 - 2027"]),
        "thumb": "/images/tin-tuc/2026/11/thumbs/hoi-nghi-chuyen-doi-so.jpg",
    },
)

H7 = Story(
    id=291,
    slug="hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027-hon-900-van-dong-vien-tranh-tai",
    title="Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027: Hơn 900 vận động viên tranh tài",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-12T16:45:00+07:00",
    summary=(
        "Từ ngày 07 đến ngày 11/11/2026, tại Trung tâm Văn hóa - Thể thao huyện và Trường THCS "
        "Lê Lợi, Phòng Giáo dục và Đào tạo phối hợp với Phòng Văn hóa - Thông tin tổ chức Hội "
        "khỏe Phù Đổng cấp huyện năm học 2026 - 2027 với sự tham gia của hơn 900 vận động viên "
        "là học sinh tiểu học và trung học cơ sở."
    ),
    blocks=[
        P(
            "Từ ngày 07 đến ngày 11/11/2026, tại Trung tâm Văn hóa - Thể thao huyện và Trường THCS "
            "Lê Lợi, Phòng Giáo dục và Đào tạo phối hợp với Phòng Văn hóa - Thông tin tổ chức Hội "
            "khỏe Phù Đổng cấp huyện năm học 2026 - 2027 với sự tham gia của hơn 900 vận động viên "
            "là học sinh tiểu học và trung học cơ sở.",
            "bold",
        ),
        P(
            "Hội khỏe năm nay tranh tài ở 8 môn: điền kinh, bơi lội, bóng đá, bóng chuyền, cầu lông, "
            "cờ vua, võ cổ truyền và kéo co. Các nội dung thi đấu được tổ chức theo đúng điều lệ, "
            "bảo đảm an toàn, trung thực và tinh thần thể thao cao thượng."
        ),
        Img(
            "/images/tin-tuc/2026/11/hkpd-khai-mac.jpg",
            "Màn đồng diễn thể dục của học sinh Trường Tiểu học Liên Nghĩa tại lễ khai mạc",
            "Màn đồng diễn thể dục của học sinh Trường Tiểu học Liên Nghĩa tại lễ khai mạc",
            "figure",
        ),
        P(
            "Nhiều trận đấu diễn ra hấp dẫn, kịch tính, đặc biệt là trận chung kết bóng đá nam "
            "trung học cơ sở giữa Trường THCS Lê Lợi và Trường THCS Nguyễn Du, phải phân định thắng "
            "thua bằng loạt sút luân lưu. Ở môn võ cổ truyền, các em học sinh người dân tộc thiểu "
            "số đến từ các trường vùng xa đã giành nhiều huy chương."
        ),
        Img(
            "/images/tin-tuc/2026/11/hkpd-keo-co.jpg",
            "Nội dung kéo co hỗn hợp khối lớp 5",
            "Nội dung kéo co hỗn hợp khối lớp 5",
            "figure",
        ),
        P(
            "Kết quả, Ban Tổ chức đã trao 96 huy chương vàng, 98 huy chương bạc và 131 huy chương "
            "đồng cho các vận động viên. Giải nhất toàn đoàn khối tiểu học thuộc về Trường Tiểu học "
            "Liên Nghĩa; giải nhất toàn đoàn khối trung học cơ sở thuộc về Trường THCS Lê Lợi."
        ),
        P(
            "Qua hội khỏe, Ban Tổ chức lựa chọn những vận động viên xuất sắc để thành lập đội tuyển "
            "của huyện tham dự Hội khỏe Phù Đổng tỉnh Lâm Đồng dự kiến tổ chức vào tháng 3/2027."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Lê Thành Nam</strong></p>'),
    ],
    authors=["Lê Thành Nam"],
    photographers=["Lê Thành Nam"],
    opts={
        "pub": "2026-11-12 16:45", "created": "2026-11-12 15:10", "modified": "2026-11-13 08:05",
        "by": "Super User", "tags": ["hoi-thi-hoi-khoe"],
        "thumb": "/images/tin-tuc/2026/11/thumbs/hkpd-khai-mac.jpg",
    },
)

H8 = Story(
    id=286,
    slug="boi-duong-ky-nang-tu-van-tam-ly-hoc-duong-cho-giao-vien-lam-cong-tac-chu-nhiem",
    title="Bồi dưỡng kỹ năng tư vấn tâm lý học đường cho giáo viên làm công tác chủ nhiệm",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-06T10:20:00+07:00",
    blocks=[
        P(
            "Nhằm nâng cao năng lực phát hiện, hỗ trợ học sinh gặp khó khăn về tâm lý, ngày "
            "04/11/2026, Phòng Giáo dục và Đào tạo huyện Đức Trọng tổ chức lớp bồi dưỡng kỹ năng tư "
            "vấn tâm lý học đường cho 160 giáo viên chủ nhiệm, giáo viên phụ trách công tác tư vấn "
            "của các trường trung học cơ sở."
        ),
        P(
            "Lớp bồi dưỡng do giảng viên Khoa Tâm lý - Giáo dục, Trường Đại học Đà Lạt trực tiếp "
            "giảng dạy. Nội dung tập trung vào nhận diện các dấu hiệu căng thẳng, lo âu, trầm cảm ở "
            "học sinh lứa tuổi vị thành niên; kỹ năng lắng nghe, đặt câu hỏi và xây dựng kế hoạch "
            "hỗ trợ; cách phối hợp với cha mẹ học sinh trong các tình huống cụ thể."
        ),
        Img(
            "/images/tin-tuc/2026/11/boi-duong-tu-van-tam-ly.jpg",
            "Giáo viên thực hành xử lý tình huống tư vấn theo nhóm",
            "Giáo viên thực hành xử lý tình huống tư vấn theo nhóm",
            "em",
        ),
        P(
            "Các học viên được thực hành đóng vai, xử lý tình huống như học sinh bị bắt nạt trên "
            "mạng, học sinh có ý định bỏ học, mâu thuẫn giữa học sinh với gia đình. Nhiều giáo viên "
            "cho biết, những tình huống này rất gần với thực tế mà họ gặp phải hằng ngày ở lớp chủ "
            "nhiệm."
        ),
        P(
            "Kết thúc lớp bồi dưỡng, Phòng Giáo dục và Đào tạo đề nghị các trường kiện toàn tổ tư "
            "vấn học đường, bố trí phòng tư vấn riêng, công khai số điện thoại, hộp thư tư vấn để "
            "học sinh có thể chia sẻ khi cần."
        ),
        Raw('<p style="text-align: right;"><strong>ThS. Đỗ Thị Mai Phương</strong></p>'),
    ],
    authors=["Đỗ Thị Mai Phương"],
    opts={
        "pub": "2026-11-06 10:20", "created": "2026-11-05 14:48", "modified": "2026-11-06 10:20",
        "by": "Super User",
    },
)

H9 = Story(
    id=279,
    slug="thao-giang-cum-chuyen-mon-mam-non-cac-xa-phia-nam-huyen",
    title="Thao giảng cụm chuyên môn mầm non các xã phía Nam huyện",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-27T11:15:00+07:00",
    blocks=[
        P(
            "Ngày 23/10/2026, tại Trường Mầm non Hoa Ban, xã Ninh Gia, cụm chuyên môn số 3 gồm các "
            "trường mầm non các xã phía Nam huyện Đức Trọng đã tổ chức buổi thao giảng với chủ đề "
            "“Tổ chức hoạt động khám phá khoa học cho trẻ mẫu giáo theo hướng lấy trẻ làm trung "
            "tâm”."
        ),
        Img(
            "/images/tin-tuc/2026/10/thao-giang-mn-ninh-gia.jpg#joomlaImage://local-images/tin-tuc/"
            "2026/10/thao-giang-mn-ninh-gia.jpg?width=960&height=640",
            "Trẻ lớp mẫu giáo 5 - 6 tuổi làm thí nghiệm “Vật chìm, vật nổi”",
            "Trẻ lớp mẫu giáo 5 - 6 tuổi làm thí nghiệm “Vật chìm, vật nổi”",
            "em",
        ),
        P(
            "Các giáo viên đã thực hiện ba hoạt động minh họa ở các độ tuổi 3 - 4 tuổi, 4 - 5 tuổi "
            "và 5 - 6 tuổi với các đề tài “Bé khám phá sự kỳ diệu của nước”, “Cây lớn lên như thế "
            "nào” và “Vật chìm, vật nổi”. Đồ dùng, đồ chơi được làm từ nguyên vật liệu sẵn có ở địa "
            "phương như ống tre, vỏ hạt cà phê, lá cây."
        ),
        P(
            "Sau hoạt động minh họa, các đại biểu đã thảo luận, góp ý và thống nhất nhiều biện pháp "
            "giúp trẻ được trực tiếp quan sát, trải nghiệm, tự đặt câu hỏi và tìm câu trả lời, thay "
            "vì chỉ nghe cô giảng giải."
        ),
        P(
            "Buổi thao giảng là dịp để giáo viên các trường trong cụm học hỏi lẫn nhau, vận dụng "
            "linh hoạt vào thực tế lớp học của mình, góp phần thực hiện hiệu quả chuyên đề “Xây dựng "
            "trường mầm non lấy trẻ làm trung tâm” giai đoạn 2026 - 2030."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Nguyễn Thị Hoa</strong><br><em>Trường MN Hoa '
            "Ban</em></p>"
        ),
    ],
    authors=["Nguyễn Thị Hoa"],
    opts={
        "pub": "2026-10-27 11:15", "created": "2026-10-26 21:30", "modified": "2026-10-27 11:15",
        "by": "Super User",
        "thumb": "/images/tin-tuc/2026/10/thumbs/thao-giang-mn-ninh-gia.jpg",
    },
)

G1 = Story(
    id=309,
    slug="co-giao-k-hong-va-12-nam-gieo-chu-o-diem-truong-thon-ta-ly",
    title="Cô giáo K’Hồng và 12 năm gieo chữ ở điểm trường thôn Tà Ly",
    cat="guong-sang",
    published_at="2026-11-26T07:30:00+07:00",
    blocks=[
        Img(
            "/images/guong-sang/2026/co-giao-k-hong.jpg",
            "Cô giáo K’Hồng trong giờ học với học trò lớp ghép 1 - 2",
            "Cô giáo K’Hồng trong giờ học với học trò lớp ghép 1 - 2",
            "fulltext",
        ),
        P(
            "Điểm trường thôn Tà Ly thuộc Trường Tiểu học Tà Hine nằm cách trung tâm xã gần 15 cây "
            "số. Con đường đất đỏ dẫn vào thôn quanh co qua những đồi cà phê, mùa mưa trơn trượt, "
            "nhiều đoạn xe máy phải dắt bộ. Thế nhưng suốt 12 năm qua, cô giáo K’Hồng chưa một lần "
            "xin chuyển về trường chính."
        ),
        P(
            "Là người con của dân tộc K’Ho, sinh ra và lớn lên ở xã Tà Hine, sau khi tốt nghiệp "
            "Trường Cao đẳng Sư phạm Đà Lạt, cô K’Hồng xin về dạy ở chính quê hương mình. “Học trò "
            "ở đây phần lớn là con em đồng bào, ở nhà chỉ nói tiếng mẹ đẻ. Mình hiểu tiếng, hiểu "
            "phong tục nên dễ gần các em, dễ nói chuyện với phụ huynh hơn”, cô chia sẻ."
        ),
        P(
            "Năm học này, cô K’Hồng chủ nhiệm lớp ghép 1 - 2 với 17 học sinh. Để các em mạnh dạn "
            "nói tiếng Việt, cô dành những phút đầu giờ cho trò chơi đố vui, kể chuyện bằng tranh; "
            "cuối tuần, cô đến từng nhà vận động phụ huynh cho con đi học đều, nhất là vào mùa thu "
            "hoạch cà phê."
        ),
        Img(
            "/images/guong-sang/2026/diem-truong-ta-ly.jpg",
            "Điểm trường thôn Tà Ly nằm giữa những đồi cà phê",
            "Điểm trường thôn Tà Ly nằm giữa những đồi cà phê",
            "figure",
        ),
        P(
            "Nhờ sự kiên trì ấy, nhiều năm liền điểm trường Tà Ly không có học sinh bỏ học giữa "
            "chừng. Nhiều lứa học trò của cô đã học lên trung học phổ thông, có em đã trở thành "
            "giáo viên, cán bộ thôn."
        ),
        P(
            "Với những đóng góp thầm lặng, cô K’Hồng được Ủy ban nhân dân tỉnh Lâm Đồng tặng Bằng "
            "khen năm 2025 và được Phòng Giáo dục và Đào tạo huyện Đức Trọng chọn tuyên dương điển "
            "hình trong dịp kỷ niệm ngày Nhà giáo Việt Nam 20/11/2026."
        ),
    ],
    authors=["Hồng Thắm"],
    photographers=["Hồng Thắm"],
    source="Báo Lâm Đồng",
    opts={
        "pub": "2026-11-26 07:30", "created": "2026-11-20 09:12", "modified": "2026-12-03 16:05",
        "intro": (
            "Mười hai năm qua, cô giáo K’Hồng vẫn đều đặn vượt hơn 15 cây số đường đèo để đến với "
            "học trò nhỏ ở điểm trường thôn Tà Ly, xã Tà Hine."
        ),
        "fields": [
            ("tin-anh", "Tin, ảnh:", "Hồng Thắm"),
            ("nguon-tin", "Nguồn tin:", "Báo Lâm Đồng"),
        ],
        "thumb": "/images/guong-sang/2026/thumbs/co-giao-k-hong.jpg",
    },
)

G2 = Story(
    id=283,
    slug=G2_SLUG,
    title="Thầy Phạm Văn Tư và lớp học xóa mù chữ ban đêm ở xã Đà Loan",
    cat="guong-sang",
    published_at="2026-10-30",
    blocks=[
        Img(
            "/images/guong-sang/2026/lop-xoa-mu-chu-da-loan.jpg",
            "Thầy Phạm Văn Tư hướng dẫn học viên tập viết trong buổi học tối",
            "Thầy Phạm Văn Tư hướng dẫn học viên tập viết trong buổi học tối",
            "fulltext",
        ),
        P(
            "Mỗi tối thứ Hai, thứ Tư và thứ Sáu, khi bà con thôn Tân Đà đã xong việc nương rẫy, căn "
            "phòng học nhỏ của điểm trường lại sáng đèn. Đó là lớp học xóa mù chữ do thầy Phạm Văn "
            "Tư, giáo viên Trường Tiểu học Đà Loan, phụ trách từ đầu tháng 9/2026."
        ),
        P(
            "Lớp có 21 học viên, người nhỏ tuổi nhất 17, người lớn tuổi nhất đã ngoài 50, phần lớn "
            "là phụ nữ người Chu Ru và K’Ho. Nhiều người lần đầu cầm bút, bàn tay quen cầm cuốc, "
            "cầm dao nên nét chữ còn run, viết được vài dòng đã mỏi."
        ),
        P(
            "Thầy Tư kiên nhẫn cầm tay từng người tập viết, lấy ví dụ từ chính công việc hằng ngày "
            "của bà con như đọc hóa đơn tiền điện, tính tiền bán cà phê, đọc hướng dẫn sử dụng "
            "thuốc bảo vệ thực vật để bài học gần gũi, dễ nhớ."
        ),
        P(
            "Chị Ma Thị Hương, học viên của lớp, xúc động kể: “Trước đây đi chợ, đi họp thôn, mình "
            "chỉ biết điểm chỉ. Giờ mình đã tự ký được tên, đọc được sách truyện cho con nghe. Mình "
            "cảm ơn thầy Tư nhiều lắm”."
        ),
        P(
            "Theo kế hoạch, lớp học sẽ kéo dài đến hết tháng 5/2027. Ủy ban nhân dân xã Đà Loan đã "
            "hỗ trợ điện thắp sáng, sách vở cho học viên; Đoàn Thanh niên xã cử đoàn viên đến hỗ "
            "trợ thầy Tư kèm cặp những học viên còn chậm."
        ),
    ],
    authors=["Lâm Thị Yến"],
    opts={
        "pub": "2026-10-30 00:00", "created": "2026-10-28 15:37", "modified": "2026-11-25 08:41",
        "entities": 2,
        "intro": (
            "Ba buổi tối mỗi tuần, căn phòng học nhỏ ở thôn Tân Đà lại sáng đèn, nơi 21 học viên "
            "người Chu Ru, K’Ho tập đánh vần những con chữ đầu tiên."
        ),
        "fields": [("tac-gia", "Tác giả:", "Lâm Thị Yến (Trường Tiểu học Đà Loan)")],
        "thumb": "/images/guong-sang/2026/thumbs/lop-xoa-mu-chu-da-loan.jpg",
    },
)

T1 = Story(
    id=320,
    slug="thong-bao-ket-qua-xet-tuyen-vien-chuc-giao-vien-nam-2026-vong-2",
    title="Thông báo kết quả xét tuyển viên chức giáo viên năm 2026 (vòng 2)",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw("{LETTERHEAD}"),
        P(
            "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển dụng, "
            "sử dụng và quản lý viên chức; Nghị định số 85/2023/NĐ-CP ngày 07/12/2023 của Chính phủ "
            "sửa đổi, bổ sung một số điều của Nghị định số 115/2020/NĐ-CP;",
            "i",
        ),
        P(
            "Căn cứ Kế hoạch số 92/KH-UBND ngày 15/8/2026 của Ủy ban nhân dân huyện Đức Trọng về "
            "tuyển dụng viên chức giáo viên năm 2026;",
            "i",
        ),
        P(
            "Trên cơ sở báo cáo kết quả của Hội đồng xét tuyển, Phòng Giáo dục và Đào tạo huyện Đức "
            "Trọng thông báo:"
        ),
        P(
            "1. Kết quả xét tuyển vòng 2 của 126 thí sinh dự tuyển vào các vị trí giáo viên mầm non, "
            "tiểu học và trung học cơ sở (có danh sách kèm theo)."
        ),
        P(
            "2. Trong thời hạn 05 ngày làm việc kể từ ngày niêm yết công khai kết quả, thí sinh có "
            "quyền gửi đơn đề nghị phúc khảo. Hội đồng xét tuyển không nhận đơn phúc khảo nộp qua "
            "thư điện tử hoặc nộp sau thời hạn nêu trên."
        ),
        P(
            "3. Kết quả được niêm yết tại trụ sở Phòng Giáo dục và Đào tạo huyện Đức Trọng và đăng "
            "tải trên Cổng thông tin điện tử của huyện, Trang thông tin điện tử của Phòng."
        ),
        P("Phòng Giáo dục và Đào tạo thông báo để các thí sinh được biết và thực hiện./."),
        Raw("{SIGNATURE}"),
        Raw(
            '<p><strong>Tệp đính kèm:</strong> <a href="/images/thong-bao/2026/'
            'danh-sach-ket-qua-xet-tuyen-vong-2.pdf" target="_blank">'
            "danh-sach-ket-qua-xet-tuyen-vong-2.pdf</a></p>"
        ),
    ],
    authors=["Trần Quốc Việt"],
    opts={"pub": "2026-12-01 07:45", "created": "2026-12-01 07:40", "modified": "2026-12-01 08:02"},
)

T2 = Story(
    id=317,
    slug="lich-tiep-cong-dan-cua-lanh-dao-phong-giao-duc-va-dao-tao-thang-12-2026",
    title="Lịch tiếp công dân của lãnh đạo Phòng Giáo dục và Đào tạo tháng 12/2026",
    cat="thong-bao",
    published_at=None,
    blocks=[
        P(
            "Phòng Giáo dục và Đào tạo huyện Đức Trọng thông báo lịch tiếp công dân định kỳ của lãnh "
            "đạo Phòng trong tháng 12/2026 như sau:"
        ),
        P("Ngày | Người tiếp | Địa điểm", "row"),
        P("Thứ Tư, 09/12/2026 | Ông Trần Quốc Việt - Trưởng phòng | Phòng tiếp công dân, tầng 1", "row"),
        P(
            "Thứ Tư, 16/12/2026 | Bà Nguyễn Thị Lan Hương - Phó Trưởng phòng | Phòng tiếp công dân, "
            "tầng 1",
            "row",
        ),
        P(
            "Thứ Tư, 23/12/2026 | Ông Lê Đình Khoa - Phó Trưởng phòng | Phòng tiếp công dân, tầng 1",
            "row",
        ),
        P("Thời gian tiếp: buổi sáng từ 7 giờ 30 đến 11 giờ; buổi chiều từ 13 giờ 30 đến 16 giờ 30."),
        P(
            "Công dân đến liên hệ cần mang theo căn cước hoặc giấy tờ tùy thân; trường hợp được ủy "
            "quyền phải có giấy ủy quyền hợp lệ theo quy định."
        ),
        P(
            "Ngoài lịch tiếp định kỳ, công dân có thể gửi phản ánh, kiến nghị qua hộp thư góp ý đặt "
            "tại trụ sở Phòng hoặc qua số điện thoại đường dây nóng 0263.3843.512."
        ),
    ],
    opts={"pub": "2026-11-27 16:10", "created": "2026-11-27 16:02", "modified": "2026-12-03 10:12"},
)

STORIES = [H1, H2, H3, H4, H5, H6, H7, H8, H9, G1, G2, T1, T2]
BY_ID = {s.id: s for s in STORIES}

#: "Lượt xem" per article (fixed: Joomla counts them, a fixture must not)
HITS = {
    320: 1530, 291: 1204, 318: 986, 309: 873, 315: 655, 311: 512, 283: 498,
    298: 433, 302: 402, 307: 377, 317: 361, 286: 298, 279: 264,
}
TAGS = {"hoi-thi-hoi-khoe": (3, "Hội thi - Hội khỏe"), "chuyen-doi-so": (4, "Chuyển đổi số")}
FEATURED = [318, 283]
MOSTREAD = [320, 291, 318, 309, 315]
FEED_LIMIT = 5


def article_path(s: Story) -> str:
    return f"/tin-tuc/{s.cat}/{s.id}-{s.slug}"


def in_cat(key: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == key), key=lambda s: s.opts["pub"], reverse=True)


# --- dates as Joomla's vi-VN language pack prints them ------------------------------------------

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=ICT)


def iso(value: str) -> str:
    return _dt(value).isoformat()


def lc2(value: str) -> str:
    """DATE_FORMAT_LC2 of vi-VN: "l, d F Y H:i" -> "Thứ sáu, 04 Tháng 12 2026 15:40"."""
    d = _dt(value)
    return f"{_WEEKDAYS[d.weekday()]}, {d.day:02d} Tháng {d.month} {d.year} {d:%H:%M}"


def dmy_hm(value: str) -> str:
    return _dt(value).strftime("%d/%m/%Y %H:%M")


def dmy_dash(value: str) -> str:
    return _dt(value).strftime("%d-%m-%Y")


def rfc822_utc(value: str) -> str:
    return _dt(value).astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")


# --- article text ---------------------------------------------------------------------------


def cloak(address: str) -> str:
    """What Joomla's "Content - Email Cloaking" plugin leaves in the HTML (JS draws the address)."""
    name, domain = address.split("@")
    b64 = lambda v: base64.b64encode(v.encode()).decode()  # noqa: E731
    return (
        f'<joomla-hidden-mail  is-link="1" is-email="1" first="{b64(name)}" last="{b64(domain)}" '
        f'text="{b64(address)}" base="" >{CLOAK_TEXT}</joomla-hidden-mail>'
    )


def inline(s: Story, p: P) -> str:
    markup = esc(p.text)
    if p.style == "email":
        markup = markup.replace(esc(H2_EMAIL), cloak(H2_EMAIL))
    if p.style == "link":
        label, href = s.opts["link"]
        markup = markup.replace(esc(label), f'<a href="{esc(href)}">{esc(label)}</a>')
    if s.opts.get("nfd"):
        markup = unicodedata.normalize("NFD", markup)
    if s.opts.get("entities"):
        markup = entity_mix(markup, s.opts["entities"])
    return markup


def img_tag(img: Img, width: int = 800, height: int = 533, extra: str = "") -> str:
    return (
        f'<img src="{esc(img.src)}" alt="" width="{width}" height="{height}" '
        f'loading="lazy"{extra}>'
    )


def related_module(s: Story) -> str:
    """{loadmoduleid 142}: an "Articles - Category" module rendered inside the text."""
    items = "".join(
        f'<li><a href="{article_path(o)}" class="mod-articles-category-title ">{esc(o.title)}</a> '
        f'<span class="mod-articles-category-date">{dmy_dash(o.opts["pub"])}</span></li>\n'
        for o in (H1, H2, H4)
    )
    return (
        '<div class="moduletable pgd-cungchuyenmuc">\n<h3 >Cùng chuyên mục</h3>\n'
        f'<ul class="mod-articlescategory category-module mod-list">\n{items}</ul>\n</div>'
    )


LETTERHEAD = """<table style="width: 100%; border-collapse: collapse;" border="0">
<tbody>
<tr>
<td style="width: 42%; text-align: center;">UBND HUYỆN ĐỨC TRỌNG<br><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></td>
<td style="width: 58%; text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong></td>
</tr>
<tr>
<td style="text-align: center;">Số: 415/TB-PGDĐT</td>
<td style="text-align: center;"><em>Đức Trọng, ngày 30 tháng 11 năm 2026</em></td>
</tr>
</tbody>
</table>
<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>
<p style="text-align: center;"><strong>Kết quả xét tuyển viên chức giáo viên năm 2026 (vòng 2)</strong></p>"""

SIGNATURE = """<table style="width: 100%;" border="0">
<tbody>
<tr>
<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br>- Như trên;<br>- UBND huyện (b/c);<br>- Các cơ sở giáo dục;<br>- Lưu: VT, TCCB.</td>
<td style="width: 50%; text-align: center; vertical-align: top;"><strong>TRƯỞNG PHÒNG</strong><br><br><em>(Đã ký)</em><br><br><strong>Trần Quốc Việt</strong></td>
</tr>
</tbody>
</table>"""


def render_blocks(s: Story, blocks: list) -> str:
    out: list[str] = []
    i = 0
    justify = ' style="text-align: justify;"' if s.cat != "thong-bao" else ""
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "row"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            group = blocks[i:j]
            if b.style == "li":
                out.append("<ul>\n" + "".join(f"<li>{inline(s, g)}</li>\n" for g in group) + "</ul>")
            else:
                rows = []
                for k, g in enumerate(group):
                    cells = inline(s, g).split(" | ")
                    if k == 0:
                        cells = [f"<strong>{c}</strong>" for c in cells]
                    rows.append(
                        "<tr>" + "".join(f'<td style="padding: 3px;">{c}</td>' for c in cells)
                        + "</tr>\n"
                    )
                out.append(
                    '<table class="table table-bordered" style="width: 100%; border-collapse: '
                    'collapse;" border="1">\n<tbody>\n' + "".join(rows) + "</tbody>\n</table>"
                )
            i = j
            continue
        if isinstance(b, P):
            m = inline(s, b)
            out.append(
                {
                    "bold": f"<p{justify}><strong>{m}</strong></p>",
                    "h": f"<h3>{m}</h3>",
                    "quote": f'<blockquote class="pgd-trichdan"><p><em>{m}</em></p></blockquote>',
                    "i": f'<p style="text-align: justify;"><em>{m}</em></p>',
                }.get(b.style, f"<p{justify}>{m}</p>")
            )
        elif isinstance(b, Img):
            if b.style == "fulltext":
                pass
            elif b.style == "em":
                out.append(
                    f'<p style="text-align: center;">{img_tag(b, 1024, 683)}</p>\n'
                    f'<p style="text-align: center;"><em>{esc(b.printed or "")}</em></p>'
                )
            elif b.style == "figure":
                out.append(
                    f'<figure class="image">{img_tag(b)}\n'
                    f"<figcaption>{esc(b.printed or '')}</figcaption>\n</figure>"
                )
            elif b.style == "table":
                out.append(
                    '<table style="margin-left: auto; margin-right: auto; width: 620px;" '
                    'border="0" cellpadding="3">\n<tbody>\n'
                    f"<tr>\n<td>{img_tag(b, 600, 400)}</td>\n</tr>\n"
                    '<tr>\n<td style="text-align: center;"><em><span style="font-size: 10pt;">'
                    f"{esc(b.printed or '')}</span></em></td>\n</tr>\n</tbody>\n</table>"
                )
            else:
                out.append(f'<p style="text-align: center;">{img_tag(b)}</p>')
        else:
            out.append(
                b.html.replace("{MODULE}", related_module(s))
                .replace("{LETTERHEAD}", LETTERHEAD)
                .replace("{SIGNATURE}", SIGNATURE)
            )
        i += 1
    return "\n".join(out)


def intro_html(s: Story) -> str:
    """The intro text (before the read-more line) as listings print it."""
    if "intro" in s.opts:
        return f"<p>{esc(s.opts['intro'])}</p>"
    first = next(b for b in s.blocks if isinstance(b, P))
    return render_blocks(s, [first])


# --- chrome ---------------------------------------------------------------------------------

MENU = [
    (101, "Trang chủ", "/", []),
    (102, "Giới thiệu", "/gioi-thieu", [(103, "Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc")]),
    (
        104, "Tin tức", None,
        [(c.itemid, c.title, f"/tin-tuc/{c.key}") for c in CATS.values()],
    ),
    (108, "Văn bản", "/van-ban", []),
    (109, "Thư viện ảnh", "/thu-vien-anh", []),
    (110, "Liên hệ", "/lien-he", []),
]


def menu_html(active: int) -> str:
    out = ['<ul class="mod-menu mod-menu_dropdown-metismenu metismenu mod-list ">']
    for itemid, label, href, children in MENU:
        cls = f"metismenu-item item-{itemid} level-1"
        if itemid == 101:
            cls += " default"
        if active == itemid or any(c[0] == active for c in children):
            cls += " current active" if active == itemid else " active"
        if children:
            cls += " deeper parent"
        if href is None:
            cls += " divider"
            head = (
                '<button class="mod-menu__heading nav-header mm-collapsed mm-toggler '
                f'mm-toggler-nolink" aria-haspopup="true" aria-expanded="false">{esc(label)}</button>'
            )
        else:
            cur = ' aria-current="page"' if active == itemid else ""
            head = f'<a href="{href}"{cur}>{esc(label)}</a>'
            if children:
                head += (
                    '<button class="mm-collapsed mm-toggler mm-toggler-link" aria-haspopup="true" '
                    f'aria-expanded="false" aria-label="{esc(label)}"></button>'
                )
        sub = ""
        if children:
            sub = '<ul class="mm-collapse">' + "".join(
                f'<li class="metismenu-item item-{cid} level-2{" current active" if cid == active else ""}">'
                f'<a href="{chref}">{esc(clabel)}</a></li>'
                for cid, clabel, chref in children
            ) + "</ul>"
        out.append(f'<li class="{cls}">{head}{sub}</li>')
    out.append("</ul>")
    return "\n".join(out)


def breadcrumbs_html(crumbs: list[tuple[str, str | None]]) -> str:
    items = ['<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>']
    for pos, (label, href) in enumerate(crumbs, 1):
        last = pos == len(crumbs)
        if href and not last:
            inner = f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
        else:
            inner = f'<span itemprop="name">{esc(label)}</span>'
        cls = "mod-breadcrumbs__item breadcrumb-item" + (" active" if last else "")
        items.append(
            f'<li class="{cls}" itemprop="itemListElement" itemscope '
            f'itemtype="https://schema.org/ListItem">{inner}<meta itemprop="position" content="{pos}"></li>'
        )
    return (
        '<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">\n'
        '<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs '
        'breadcrumb px-3 py-2">\n' + "\n".join(items) + "\n</ol>\n</nav>"
    )


def card(title: str, inner: str, extra_cls: str = "", mod_id: int = 0) -> str:
    return (
        f'<div class="sidebar-right card {extra_cls}">\n<h3 class="card-header ">{esc(title)}</h3>\n'
        f'<div class="card-body">\n<div id="mod-custom{mod_id}" class="mod-custom custom">\n'
        f"{inner}\n</div>\n</div>\n</div>"
    )


def sidebar_html() -> str:
    spot = (
        '<p><a href="/index.php?option=com_content&amp;view=article&amp;id=298:'
        f'{H6.slug}&amp;catid=9&amp;Itemid=105">'
        '<img src="/images/banners/chuyen-doi-so-giao-duc.jpg" alt="Chuyển đổi số trong giáo dục" '
        'width="300" height="120"></a></p>\n'
        f'<p><a href="/component/content/article/291-{H7.slug}?catid=9&amp;Itemid=101">'
        "» Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027</a></p>"
    )
    popular = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{article_path(BY_ID[i])}" '
        f'itemprop="url"><span itemprop="name">{esc(BY_ID[i].title)}</span></a></li>\n'
        for i in MOSTREAD
    )
    notices = "".join(
        f'<li><a href="{article_path(s)}" class="mod-articles-category-title ">{esc(s.title)}</a> '
        f'<span class="mod-articles-category-date">{dmy_dash(s.opts["created"])}</span></li>\n'
        for s in in_cat("thong-bao")
    )
    docs = "".join(
        f'<li><a href="/van-ban/{d["id"]}-{d["slug"]}">{esc(d["title"])}</a></li>\n' for d in DOCS
    )
    links = (
        '<select class="form-select pgd-lienket" onchange="if(this.value) window.open(this.value)">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://sgddt.lamdong.gov.vn">Sở GD&amp;ĐT Lâm Đồng</option>'
        '<option value="https://ductrong.lamdong.gov.vn">Cổng TTĐT huyện Đức Trọng</option>'
        "</select>"
    )
    counter = (
        '<div class="vfvvisit"><table cellpadding="0" cellspacing="0" style="width: 100%;">'
        "<tbody><tr><td>Đang online</td><td>23</td></tr><tr><td>Hôm nay</td><td>412</td></tr>"
        "<tr><td>Hôm qua</td><td>1.036</td></tr><tr><td>Tổng truy cập</td><td>1.204.367</td></tr>"
        "</tbody></table></div>"
    )
    return "\n".join(
        [
            card("Tiêu điểm", spot, "pgd-tieudiem", 131),
            '<div class="sidebar-right card pgd-docnhieu">\n<h3 class="card-header ">Tin đọc nhiều</h3>\n'
            '<div class="card-body">\n<ul class="mostread mod-list">\n'
            f"{popular}</ul>\n</div>\n</div>",
            '<div class="sidebar-right card">\n<h3 class="card-header ">Thông báo mới</h3>\n'
            '<div class="card-body">\n<ul class="mod-articlescategory category-module mod-list">\n'
            f"{notices}</ul>\n</div>\n</div>",
            '<div class="sidebar-right card">\n<h3 class="card-header ">Văn bản mới</h3>\n'
            f'<div class="card-body">\n<ul class="mod-list pgd-vanban">\n{docs}</ul>\n</div>\n</div>',
            card("Liên kết website", links, "", 133),
            card("Thống kê truy cập", counter, "pgd-thongke", 135),
        ]
    )


def page(
    request: Request,
    title: str,
    body_class: str,
    active: int,
    crumbs: list[tuple[str, str | None]],
    main: str,
    head: str = "",
    top: str = "",
    description: str = "Trang thông tin điện tử Phòng Giáo dục và Đào tạo huyện Đức Trọng, tỉnh Lâm Đồng",
) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="{esc(description)}">
    <meta name="generator" content="Joomla! - Open Source Content Management">
{head}    <title>{esc(title)} - {esc(SITE_NAME)}</title>
    <link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
    <link href="/media/templates/site/cassiopeia/css/template.min.css?9f2c1e" rel="stylesheet">
    <link href="/media/templates/site/cassiopeia_pgd/css/user.css?9f2c1e" rel="stylesheet">
    <link href="/media/system/css/joomla-fontawesome.min.css?9f2c1e" rel="stylesheet">
    <script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"L\\u1ed7i","MESSAGE":"Th\\u00f4ng b\\u00e1o"}},"system.paths":{{"root":"","rootFull":"{base_url(request)}\\/","base":"","baseFull":"{base_url(request)}\\/"}}}}</script>
    <script src="/media/system/js/core.min.js?9f2c1e"></script>
    <script src="/media/templates/site/cassiopeia/js/template.min.js?9f2c1e" type="module"></script>
    <script src="/media/vendor/metismenujs/js/metismenujs.min.js?1.4.0" defer></script>
</head>
<body class="site {body_class} itemid-{active} has-sidebar-right">
<header class="header container-header full-width">
    <div class="container-topbar">
        <div id="mod-custom90" class="mod-custom custom pgd-thanhtren">
            <p><span class="pgd-ngaythang">{HEADER_TODAY}</span> | <marquee scrollamount="3">Chào mừng quý thầy cô và các em học sinh đến với Trang thông tin điện tử Phòng GD&amp;ĐT huyện Đức Trọng</marquee></p>
        </div>
    </div>
    <div class="grid-child">
        <div class="navbar-brand">
            <a class="brand-logo" href="/">
                <img loading="eager" decoding="async" src="/images/logo/logo-pgd-ductrong.png" alt="Phòng GD&amp;ĐT Đức Trọng" width="96" height="96">
            </a>
            <div class="site-description">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỨC TRỌNG<br>UBND huyện Đức Trọng - tỉnh Lâm Đồng</div>
        </div>
    </div>
    <div class="grid-child container-nav">
        <nav class="navbar navbar-expand-md" aria-label="Menu chính">
            <button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Chuyển đổi điều hướng"><span class="icon-menu" aria-hidden="true"></span></button>
            <div class="collapse navbar-collapse" id="navbar1">
{menu_html(active)}
            </div>
        </nav>
        <div class="container-search">
            <form class="mod-finder js-finder-searchform form-search" action="/component/finder/search?Itemid=101" method="get" role="search">
                <label for="mod-finder-searchword92" class="visually-hidden finder">Tìm kiếm</label>
                <div class="mod-finder__search input-group"><input type="text" name="q" id="mod-finder-searchword92" class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm..."><button class="btn btn-primary" type="submit"><span class="icon-search icon-white" aria-hidden="true"></span> Tìm kiếm</button></div>
                <input type="hidden" name="Itemid" value="101">
            </form>
        </div>
    </div>
</header>
<div class="site-grid">
    <div class="grid-child container-banner full-width">
        <div id="mod-custom91" class="mod-custom custom"><p><img src="/images/banners/banner-nam-hoc-2026-2027.jpg" alt="Năm học 2026 - 2027: Đổi mới, sáng tạo, chất lượng" width="1200" height="180"></p></div>
    </div>
{top}    <div class="grid-child container-component">
{breadcrumbs_html(crumbs)}
        <main>
            <div id="system-message-container" aria-live="polite"></div>
{main}
        </main>
    </div>
    <div class="grid-child container-sidebar-right">
{sidebar_html()}
    </div>
</div>
<footer class="container-footer footer full-width">
    <div class="grid-child">
        <div id="mod-custom95" class="mod-custom custom pgd-chantrang">
            <p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỨC TRỌNG</strong></p>
            <p>Địa chỉ: Số 05 Trần Hưng Đạo, thị trấn Liên Nghĩa, huyện Đức Trọng, tỉnh Lâm Đồng</p>
            <p>Điện thoại: 0263.3843.512 - Fax: 0263.3843.513 - Email: pgdductrong@lamdong.edu.vn</p>
            <p>Chịu trách nhiệm nội dung: Ông Trần Quốc Việt - Trưởng phòng</p>
            <p>© 2026 Phòng GD&amp;ĐT Đức Trọng. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>
        </div>
    </div>
</footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Về đầu trang"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body>
</html>
"""


# --- info block, tags, navigation -----------------------------------------------------------


def _dd_date(cls: str, prop: str, label: str, value: str, shown: str) -> str:
    return (
        f'<dd class="{cls}">\n<span class="icon-calendar icon-fw" aria-hidden="true"></span>\n'
        f'<time datetime="{iso(value)}" itemprop="{prop}">\n{label}: {shown}\n</time>\n</dd>'
    )


def _dd_hits(s: Story) -> str:
    return (
        '<dd class="hits">\n<span class="icon-eye icon-fw" aria-hidden="true"></span>\n'
        f'<meta itemprop="interactionCount" content="UserPageVisits:{HITS[s.id]}">\n'
        f"Lượt xem: {HITS[s.id]}\n</dd>"
    )


def info_block(s: Story, listing: bool = False) -> str:
    cat = CATS[s.cat]
    dds: list[str] = []
    if cat.info == "above":
        if not listing:
            dds.append(
                '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">\n'
                '<span class="icon-user icon-fw" aria-hidden="true"></span>\n'
                f'Viết bởi: <span itemprop="name">{esc(s.opts["by"])}</span>\n</dd>'
            )
            dds.append(
                '<dd class="category-name">\n<span class="icon-folder-open icon-fw" aria-hidden="true"></span>\n'
                f'Danh mục: <a href="/tin-tuc/{cat.key}" itemprop="genre">{esc(cat.title)}</a>\n</dd>'
            )
        dds.append(_dd_date("published", "datePublished", "Ngày đăng", s.opts["pub"], lc2(s.opts["pub"])))
        dds.append(_dd_hits(s))
        term = "Chi tiết"
    elif cat.info == "below":
        if listing:
            return ""
        dds.append(_dd_date("create", "dateCreated", "Ngày tạo", s.opts["created"], dmy_hm(s.opts["created"])))
        dds.append(_dd_date("published", "datePublished", "Ngày đăng", s.opts["pub"], dmy_hm(s.opts["pub"])))
        dds.append(
            _dd_date("modified", "dateModified", "Cập nhật lần cuối", s.opts["modified"], dmy_hm(s.opts["modified"]))
        )
        dds.append(_dd_hits(s))
        term = "Thông tin bài viết"
    else:
        dds.append(
            _dd_date("modified", "dateModified", "Cập nhật lần cuối", s.opts["modified"], dmy_hm(s.opts["modified"]))
        )
        dds.append(_dd_hits(s))
        term = "Chi tiết"
    return (
        '<dl class="article-info text-muted">\n'
        f'<dt class="article-info-term">{term}</dt>\n' + "\n".join(dds) + "\n</dl>"
    )


def tags_html(s: Story) -> str:
    if not s.opts.get("tags"):
        return ""
    lis = "".join(
        f'<li class="list-inline-item tag-{TAGS[t][0]} tag-list{n}" itemprop="keywords">'
        f'<a href="/component/tags/tag/{t}" class="btn btn-sm btn-info">{esc(TAGS[t][1])}</a></li>\n'
        for n, t in enumerate(s.opts["tags"])
    )
    return f'<ul class="tags list-inline">\n{lis}</ul>'


def fields_html(s: Story) -> str:
    if not s.opts.get("fields"):
        return ""
    lis = "".join(
        f'<li class="field-entry {cls} "><span class="field-label ">{esc(label)} </span>'
        f'<span class="field-value ">{esc(value)}</span></li>\n'
        for cls, label, value in s.opts["fields"]
    )
    return f'<ul class="fields-container">\n{lis}</ul>'


def pagenav_html(s: Story) -> str:
    if not CATS[s.cat].pagenav:
        return ""
    siblings = in_cat(s.cat)
    k = siblings.index(s)
    parts = []
    if k > 0:
        o = siblings[k - 1]
        parts.append(
            f'<a class="btn btn-sm btn-secondary previous" href="{article_path(o)}" rel="prev">\n'
            f'<span class="visually-hidden">Bài trước: {esc(o.title)}</span>\n'
            '<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a>'
        )
    if k + 1 < len(siblings):
        o = siblings[k + 1]
        parts.append(
            f'<a class="btn btn-sm btn-secondary next" href="{article_path(o)}" rel="next">\n'
            f'<span class="visually-hidden">Bài tiếp: {esc(o.title)}</span>\n'
            '<span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
        )
    return (
        '<nav class="pagenavigation" aria-label="Điều hướng trang">\n<span class="pagination ms-0">\n'
        + "\n".join(parts) + "\n</span>\n</nav>"
    )


def fulltext_figure(s: Story) -> str:
    for b in s.blocks:
        if isinstance(b, Img) and b.style == "fulltext":
            return (
                '<figure class="float-end item-image">\n'
                f'<img src="{esc(b.src)}" itemprop="image" alt="" width="800" height="533" loading="lazy">\n'
                f'<figcaption class="caption">{esc(b.printed or "")}</figcaption>\n</figure>'
            )
    return ""


# --- pages ----------------------------------------------------------------------------------


def article_view(request: Request, s: Story) -> Response:
    cat = CATS[s.cat]
    path = article_path(s)
    blocks = s.blocks
    params = request.params
    toc = nav = ""
    title_suffix = ""
    if "pagebreak" in s.opts:
        cut, titles = s.opts["pagebreak"]
        parts = [s.blocks[:cut], s.blocks[cut:]]
        heads = [s.title, *titles]
        showall = params.get("showall") == "1"
        try:
            current = int(params.get("start", params.get("limitstart", "0")) or 0)
        except ValueError:
            current = 0
        current = min(max(current, 0), len(parts) - 1)
        links = [f"{path}?showall=&amp;start={n}" for n in range(len(parts))]
        lis = "".join(
            f'<li><a href="{links[n]}" class="toclink{" active" if (n == current and not showall) else ""}">'
            f"{esc(h)}</a></li>\n"
            for n, h in enumerate(heads)
        )
        lis += (
            f'<li><a href="{path}?showall=1" class="toclink{" active" if showall else ""}">'
            "Xem tất cả các trang</a></li>\n"
        )
        toc = (
            '<div class="card float-end article-index ms-3 mb-3">\n<div class="card-body">\n'
            f'<h3>Mục lục bài viết</h3>\n<ul class="nav flex-column">\n{lis}</ul>\n</div>\n</div>'
        )
        if showall:
            blocks = s.blocks
        else:
            blocks = parts[current]
            if current:
                title_suffix = f" - {heads[current]}"
            items = []
            if current > 0:
                items.append(
                    f'<li class="previous page-item"><a class="page-link" href="{links[current - 1]}" '
                    'rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> Trước</a></li>'
                )
            if current + 1 < len(parts):
                items.append(
                    f'<li class="next page-item"><a class="page-link" href="{links[current + 1]}" '
                    'rel="next">Tiếp <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
                )
            nav = (
                f'<div class="pagenavcounter">Trang {current + 1} của {len(parts)}</div>\n'
                '<div class="pager">\n<ul class="pagination">\n' + "\n".join(items) + "\n</ul>\n</div>"
            )
    body = render_blocks(s, blocks)
    above = info_block(s) if cat.info != "below" else ""
    below = info_block(s) if cat.info == "below" else ""
    main = f"""<div class="com-content-article item-page pgd-chitiet" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header">
<h1 itemprop="headline">{esc(s.title)}</h1>
</div>
{above}
{tags_html(s) if cat.info == "above" else ""}
{fulltext_figure(s)}
<div itemprop="articleBody" class="com-content-article__body">
{toc}
{body}
{nav}
</div>
{below}
{tags_html(s) if cat.info != "above" else ""}
{pagenav_html(s)}
{fields_html(s)}
</div>"""
    head = ""
    if s.opts.get("by"):
        head += f'    <meta name="author" content="{esc(s.opts["by"])}">\n'
    description = first_text(s) if s.id == H2.id else None
    kwargs = {"description": description} if description else {}
    crumbs = [("Trang chủ", "/"), ("Tin tức", None), (cat.title, f"/tin-tuc/{cat.key}"), (s.title, None)]
    return html(
        page(
            request, s.title + title_suffix, "com_content wrapper-static view-article no-layout no-task",
            cat.itemid, crumbs, main, head=head, **kwargs,
        )
    )


def _first_p(s: Story) -> P:
    return next(b for b in s.blocks if isinstance(b, P))


def first_text(s: Story) -> str:
    return _first_p(s).text


def blog_item(s: Story, featured: bool = False) -> str:
    path = article_path(s)
    thumb = s.opts.get("thumb")
    fig = (
        f'<figure class="left item-image">\n<a href="{path}" itemprop="url" title="{esc(s.title)}">'
        f'<img src="{thumb}" itemprop="thumbnailUrl" alt="" width="360" height="240" loading="lazy"></a>\n</figure>\n'
        if thumb else ""
    )
    cat = CATS[s.cat]
    catline = (
        f'<div class="pgd-chuyenmuc"><a href="/tin-tuc/{cat.key}">{esc(cat.title)}</a></div>\n'
        if featured else ""
    )
    return f"""<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
{fig}<div class="item-content">
{catline}<div class="page-header">
<h2 itemprop="name"><a href="{path}" itemprop="url">{esc(s.title)}</a></h2>
</div>
{info_block(s, listing=True)}
{intro_html(s)}
<p class="readmore"><a class="btn btn-secondary" href="{path}" aria-label="Đọc thêm: {esc(s.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Đọc thêm …</a></p>
</div>
</div>"""


def pagination_html(base: str, start: int, per: int, total: int) -> str:
    pages = max(1, -(-total // per))
    if pages == 1:
        return ""
    cur = start // per

    def href(n: int) -> str:
        return base if n == 0 else f"{base}?start={n * per}"

    def item(label: str, n: int, aria: str) -> str:
        if n == cur or n < 0 or n >= pages:
            return f'<li class="disabled page-item"><span class="page-link">{label}</span></li>'
        return f'<li class="page-item"><a aria-label="{aria}" href="{href(n)}" class="page-link">{label}</a></li>'

    lis = [item("Đầu", 0 if cur else -1, "Đi tới trang Đầu"), item("Trước", cur - 1, "Đi tới trang Trước")]
    for n in range(pages):
        if n == cur:
            lis.append(
                f'<li class="active page-item"><a aria-current="true" aria-label="Trang {n + 1}" '
                f'href="#" class="page-link">{n + 1}</a></li>'
            )
        else:
            lis.append(item(str(n + 1), n, f"Đi tới trang {n + 1}"))
    lis.append(item("Tiếp", cur + 1, "Đi tới trang Tiếp"))
    lis.append(item("Cuối", pages - 1 if cur != pages - 1 else -1, "Đi tới trang Cuối"))
    return f"""<div class="com-content-category-blog__navigation w-100">
<p class="com-content-category-blog__counter counter float-end pt-3 pe-2">Trang {cur + 1} của {pages}</p>
<div class="com-content-category-blog__pagination">
<nav class="pagination__wrapper" aria-label="Phân trang">
<ul class="pagination ms-0 mb-4">
{chr(10).join(lis)}
</ul>
</nav>
</div>
</div>"""


def _start(request: Request) -> int:
    raw = request.params.get("start", request.params.get("limitstart", "0"))
    try:
        return max(0, int(raw or 0))
    except ValueError:
        return 0


def feed_links(key: str, title: str) -> str:
    return (
        f'    <link href="/tin-tuc/{key}?format=feed&amp;type=rss" rel="alternate" '
        f'type="application/rss+xml" title="{esc(title)}">\n'
        f'    <link href="/tin-tuc/{key}?format=feed&amp;type=atom" rel="alternate" '
        f'type="application/atom+xml" title="{esc(title)}">\n'
    )


def category_view(request: Request, cat: Cat) -> Response:
    items = in_cat(cat.key)
    start = _start(request)
    base = f"/tin-tuc/{cat.key}"
    crumbs = [("Trang chủ", "/"), ("Tin tức", None), (cat.title, None)]
    if cat.layout == "list":
        rows = "".join(
            f'<tr class="cat-list-row{n % 2}" >\n<th class="list-title" scope="row">'
            f'<a href="{article_path(s)}">{esc(s.title)}</a></th>\n'
            f'<td class="list-date small">{dmy_dash(s.opts["created"])}</td>\n'
            f'<td class="list-hits"><span class="badge bg-info">Lượt xem: {HITS[s.id]}</span></td>\n</tr>\n'
            for n, s in enumerate(items[start:start + cat.per_page])
        )
        options = "".join(
            f'<option value="{v}"{" selected" if v == cat.per_page else ""}>{v or "Tất cả"}</option>'
            for v in (5, 10, 15, 20, 25, 30, 50, 100, 0)
        )
        main = f"""<div class="com-content-category category-list">
<div class="content-category">
<h1>{esc(cat.title)}</h1>
<form action="{base}" method="post" name="adminForm" id="adminForm" class="com-content-category__articles">
<div class="com-content__filter btn-group">
<label class="filter-search-lbl visually-hidden" for="filter-search">Lọc</label>
<input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" placeholder="Lọc">
<button type="submit" name="filter_submit" class="btn btn-primary">Lọc</button>
</div>
<div class="com-content-category__pagination btn-group float-end">
<label for="limit" class="visually-hidden">Hiển thị #</label>
<select id="limit" name="limit" class="form-select" onchange="this.form.submit()">{options}</select>
</div>
<table class="com-content-category__table category table table-striped table-bordered table-hover">
<caption class="visually-hidden">Bài viết, Sắp xếp theo:</caption>
<thead><tr>
<th scope="col" id="categorylist_header_title"><a href="#" onclick="Joomla.tableOrdering('a.title','asc','', document.getElementById('adminForm')); return false;" class="hasTooltip" title="Sắp xếp theo cột này">Tiêu đề</a></th>
<th scope="col" id="categorylist_header_date">Ngày tạo</th>
<th scope="col" id="categorylist_header_hits">Lượt xem</th>
</tr></thead>
<tbody>
{rows}</tbody>
</table>
<input type="hidden" name="filter_order" value="">
<input type="hidden" name="filter_order_Dir" value="">
<input type="hidden" name="limitstart" value="">
</form>
</div>
</div>"""
        return html(page(request, cat.title, "com_content wrapper-static view-category layout-default no-task", cat.itemid, crumbs, main))
    chunk = items[start:start + cat.per_page]
    leading, intro, links = chunk[:1], chunk[1:3], chunk[3:]
    parts = [
        '<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">',
        f'<div class="page-header">\n<h1> {esc(cat.title)} </h1>\n</div>',
        f'<div class="category-desc clearfix">\n<p>{esc(cat.desc)}</p>\n</div>',
    ]
    if not chunk:
        parts.append('<div class="pgd-trong"><p>Không có bài viết nào trong danh mục này.</p></div>')
    if leading:
        parts.append(
            '<div class="com-content-category-blog__items blog-items items-leading ">\n'
            + blog_item(leading[0]) + "\n</div>"
        )
    if intro:
        parts.append(
            '<div class="com-content-category-blog__items blog-items columns-2 ">\n'
            + "\n".join(blog_item(s) for s in intro) + "\n</div>"
        )
    if links:
        lis = "".join(
            f'<li class="com-content-blog__link"><a href="{article_path(s)}">{esc(s.title)}</a></li>\n'
            for s in links
        )
        parts.append(
            f'<div class="items-more">\n<h3 class="pgd-tinkhac">Tin khác:</h3>\n'
            f'<ol class="com-content-blog__links">\n{lis}</ol>\n</div>'
        )
    parts.append(pagination_html(base, start, cat.per_page, len(items)))
    parts.append("</div>")
    title = cat.title + (f" - Trang {start // cat.per_page + 1}" if start else "")
    return html(
        page(
            request, title, "com_content wrapper-static view-category layout-blog no-task",
            cat.itemid, crumbs, "\n".join(parts), head=feed_links(cat.key, cat.title),
        )
    )


def feed(request: Request, cat: Cat) -> Response | None:
    kind = request.params.get("type", "rss")
    root = base_url(request)
    items = in_cat(cat.key)[:FEED_LIMIT]
    if kind == "rss":
        entries = "".join(
            f"""		<item>
			<title>{esc(s.title)}</title>
			<link>{root}{article_path(s)}</link>
			<guid isPermaLink="true">{root}{article_path(s)}</guid>
			<description><![CDATA[{intro_html(s)}<p class="feed-readmore"><a target="_blank" href="{root}{article_path(s)}" rel="noopener">Đọc thêm …</a></p>]]></description>
			<author>pgdductrong@lamdong.edu.vn (Super User)</author>
			<category>{esc(cat.title)}</category>
			<pubDate>{rfc822_utc(s.opts["pub"])}</pubDate>
		</item>
"""
            for s in items
        )
        xml = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- generator="Joomla! - Open Source Content Management" -->
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
	<channel>
		<title>{esc(cat.title)} - {esc(SITE_NAME)}</title>
		<description><![CDATA[{cat.desc}]]></description>
		<link>{root}/tin-tuc/{cat.key}</link>
		<lastBuildDate>Sat, 05 Dec 2026 02:12:44 +0000</lastBuildDate>
		<generator>Joomla! - Open Source Content Management</generator>
		<atom:link rel="self" type="application/rss+xml" href="{root}/tin-tuc/{cat.key}?format=feed&amp;type=rss"/>
		<language>vi-vn</language>
{entries}	</channel>
</rss>
"""
        return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})
    if kind == "atom":
        entries = "".join(
            f"""	<entry>
		<title>{esc(s.title)}</title>
		<link rel="alternate" type="text/html" href="{root}{article_path(s)}"/>
		<published>{_dt(s.opts["pub"]).astimezone(UTC).isoformat()}</published>
		<updated>{_dt(s.opts["pub"]).astimezone(UTC).isoformat()}</updated>
		<id>{root}{article_path(s)}</id>
		<author><name>Super User</name></author>
		<summary type="html"><![CDATA[{intro_html(s)}]]></summary>
		<category term="{esc(cat.title)}" />
	</entry>
"""
            for s in items
        )
        xml = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- generator="Joomla! - Open Source Content Management" -->
<feed xmlns="http://www.w3.org/2005/Atom"  xml:lang="vi-vn">
	<title type="text">{esc(cat.title)} - {esc(SITE_NAME)}</title>
	<subtitle type="text">{esc(cat.desc)}</subtitle>
	<link rel="alternate" type="text/html" href="{root}"/>
	<id>{root}/tin-tuc/{cat.key}</id>
	<updated>2026-12-05T02:12:44+00:00</updated>
	<generator uri="https://www.joomla.org">Joomla! - Open Source Content Management</generator>
	<link rel="self" type="application/atom+xml" href="{root}/tin-tuc/{cat.key}?format=feed&amp;type=atom"/>
{entries}</feed>
"""
        return Response(200, xml, {"Content-Type": "application/atom+xml; charset=utf-8"})
    return None


def home_view(request: Request) -> Response:
    news = [H1, H2, H3, G1]
    lis = "".join(
        f"""<li itemscope itemtype="https://schema.org/Article">
<h4 class="newsflash-title"><a href="{article_path(s)}">{esc(s.title)}</a></h4>
<figure class="newsflash-image"><img src="{s.opts["thumb"]}" alt="" width="360" height="240" loading="lazy"></figure>
{intro_html(s)}
<a class="readmore" href="{article_path(s)}">Đọc thêm …</a>
</li>
"""
        for s in news
    )
    top = f"""    <div class="grid-child container-top-a">
        <div class="top-a card pgd-tinmoi">
            <h3 class="card-header ">Tin mới</h3>
            <div class="card-body">
<ul class="mod-articlesnews-horizontal newsflash-horiz mod-list">
{lis}</ul>
            </div>
        </div>
    </div>
"""
    featured = "\n".join(blog_item(BY_ID[i], featured=True) for i in FEATURED)
    main = f"""<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">
<div class="blog-items items-leading ">
{featured}
</div>
</div>"""
    return html(
        page(
            request, "Trang chủ", "com_content wrapper-static view-featured no-layout no-task", 101,
            [("Trang chủ", None)], main, top=top,
        )
    )


def plain_article(request: Request, title: str, inner: str, active: int, crumbs, *, info: str = "") -> Response:
    main = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header">
<h1 itemprop="headline">{esc(title)}</h1>
</div>
{info}
<div itemprop="articleBody" class="com-content-article__body">
{inner}
</div>
</div>"""
    return html(page(request, title, "com_content wrapper-static view-article no-layout no-task", active, crumbs, main))


INTRO_TEXT = """<p style="text-align: justify;">Phòng Giáo dục và Đào tạo huyện Đức Trọng là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, có chức năng tham mưu, giúp Ủy ban nhân dân huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
<p style="text-align: justify;">Năm học 2026 - 2027, toàn huyện có 74 cơ sở giáo dục công lập gồm 27 trường mầm non, 29 trường tiểu học, 3 trường tiểu học và trung học cơ sở, 15 trường trung học cơ sở với hơn 42.000 trẻ em, học sinh và gần 2.500 cán bộ quản lý, giáo viên, nhân viên.</p>
<p style="text-align: justify;">Phòng có nhiệm vụ trình Ủy ban nhân dân huyện ban hành các quyết định, chỉ thị, kế hoạch phát triển giáo dục; hướng dẫn, kiểm tra việc thực hiện chương trình, kế hoạch giáo dục; quản lý đội ngũ, cơ sở vật chất, thiết bị dạy học của các trường trực thuộc.</p>
<p><img src="/images/gioi-thieu/tru-so-pgd.jpg" alt="Trụ sở Phòng GD&amp;ĐT" width="800" height="500"></p>"""

STAFF = [
    ("Trần Quốc Việt", "Trưởng phòng", "Phụ trách chung; tổ chức cán bộ, tài chính"),
    ("Nguyễn Thị Lan Hương", "Phó Trưởng phòng", "Phụ trách giáo dục mầm non, tiểu học"),
    ("Lê Đình Khoa", "Phó Trưởng phòng", "Phụ trách giáo dục trung học cơ sở, phổ cập"),
    ("Võ Thị Ngọc Bích", "Chuyên viên", "Văn phòng, thi đua - khen thưởng, trang thông tin"),
]

DOCS = [
    {
        "id": 305,
        "slug": "cong-van-so-1187-pgddt-cm-ve-viec-huong-dan-kiem-tra-danh-gia-giua-hoc-ky-i",
        "title": "Công văn số 1187/PGDĐT-CM về việc hướng dẫn kiểm tra, đánh giá giữa học kỳ I năm học 2026 - 2027",
        "so": "1187/PGDĐT-CM", "ngay": "22/10/2026", "loai": "Công văn",
        "ky": "Nguyễn Thị Lan Hương", "file": "/images/van-ban/2026/1187-pgddt-cm.pdf",
    },
    {
        "id": 300,
        "slug": "ke-hoach-so-214-kh-pgddt-to-chuc-hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027",
        "title": "Kế hoạch số 214/KH-PGDĐT tổ chức Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027",
        "so": "214/KH-PGDĐT", "ngay": "10/10/2026", "loai": "Kế hoạch",
        "ky": "Trần Quốc Việt", "file": "/images/van-ban/2026/214-kh-pgddt.pdf",
    },
]
PDF_FILES = {d["file"] for d in DOCS} | {"/images/thong-bao/2026/danh-sach-ket-qua-xet-tuyen-vong-2.pdf"}

ALBUM = {
    "id": 293,
    "slug": "hoi-khoe-phu-dong-cap-huyen-2026",
    "title": "Hình ảnh Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027",
    "photos": [f"/images/thu-vien-anh/hkpd-2026/hkpd-{n:02d}.jpg" for n in range(1, 7)],
}


def doc_view(request: Request, d: dict) -> Response:
    rows = [
        ("Số/Ký hiệu", esc(d["so"])),
        ("Ngày ban hành", d["ngay"]),
        ("Loại văn bản", d["loai"]),
        ("Cơ quan ban hành", "Phòng Giáo dục và Đào tạo huyện Đức Trọng"),
        ("Người ký", esc(d["ky"])),
        ("Trích yếu", esc(d["title"])),
        ("Tệp đính kèm", f'<a href="{d["file"]}" target="_blank">{d["file"].rsplit("/", 1)[1]}</a>'),
    ]
    inner = (
        '<table class="table table-bordered pgd-vb-thuoctinh">\n<tbody>\n'
        + "".join(f'<tr><th style="width: 30%;">{k}</th><td>{v}</td></tr>\n' for k, v in rows)
        + "</tbody>\n</table>"
    )
    crumbs = [("Trang chủ", "/"), ("Văn bản", "/van-ban"), (d["title"], None)]
    return plain_article(request, d["title"], inner, 108, crumbs)


def van_ban_list(request: Request) -> Response:
    rows = "".join(
        f'<tr class="cat-list-row{n % 2}" >\n<th class="list-title" scope="row">'
        f'<a href="/van-ban/{d["id"]}-{d["slug"]}">{esc(d["title"])}</a></th>\n'
        f'<td class="list-date small">{d["ngay"].replace("/", "-")}</td>\n</tr>\n'
        for n, d in enumerate(DOCS)
    )
    main = f"""<div class="com-content-category category-list">
<div class="content-category">
<h1>Văn bản</h1>
<table class="com-content-category__table category table table-striped table-bordered table-hover">
<thead><tr><th scope="col" id="categorylist_header_title">Tiêu đề</th><th scope="col" id="categorylist_header_date">Ngày ban hành</th></tr></thead>
<tbody>
{rows}</tbody>
</table>
</div>
</div>"""
    return html(page(request, "Văn bản", "com_content wrapper-static view-category layout-default no-task", 108, [("Trang chủ", "/"), ("Văn bản", None)], main))


def album_list(request: Request) -> Response:
    path = f"/thu-vien-anh/{ALBUM['id']}-{ALBUM['slug']}"
    main = f"""<div class="com-content-category-blog blog pgd-thuvien">
<div class="page-header"><h1> Thư viện ảnh </h1></div>
<div class="com-content-category-blog__items blog-items items-leading ">
<div class="com-content-category-blog__item blog-item">
<figure class="left item-image"><a href="{path}"><img src="{ALBUM["photos"][0]}" alt="" width="360" height="240"></a></figure>
<div class="item-content"><div class="page-header"><h2><a href="{path}">{esc(ALBUM["title"])}</a></h2></div></div>
</div>
</div>
</div>"""
    return html(page(request, "Thư viện ảnh", "com_content wrapper-static view-category layout-blog no-task", 109, [("Trang chủ", "/"), ("Thư viện ảnh", None)], main))


def album_view(request: Request) -> Response:
    photos = "".join(
        f'<div class="col-md-4"><a href="{p}" class="pgd-anh"><img src="{p}" alt="hkpd-{n:02d}" width="400" height="267" loading="lazy"></a></div>\n'
        for n, p in enumerate(ALBUM["photos"], 1)
    )
    inner = f'<p>Một số hình ảnh tại Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027.</p>\n<div class="row pgd-album">\n{photos}</div>'
    crumbs = [("Trang chủ", "/"), ("Thư viện ảnh", "/thu-vien-anh"), (ALBUM["title"], None)]
    return plain_article(request, ALBUM["title"], inner, 109, crumbs)


def contact_view(request: Request) -> Response:
    main = """<div class="com-contact contact" itemscope itemtype="https://schema.org/Organization">
<div class="page-header"><h1><span class="contact-name" itemprop="name">Phòng Giáo dục và Đào tạo huyện Đức Trọng</span></h1></div>
<h3>Thông tin liên hệ</h3>
<dl class="com-contact__address contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
<dt><span class="icon-address" aria-hidden="true"></span></dt>
<dd><span class="contact-street" itemprop="streetAddress">Số 05 Trần Hưng Đạo, thị trấn Liên Nghĩa</span></dd>
<dd><span class="contact-suburb" itemprop="addressLocality">huyện Đức Trọng, tỉnh Lâm Đồng</span></dd>
<dt><span class="icon-phone" aria-hidden="true"></span></dt>
<dd><span class="contact-telephone" itemprop="telephone">0263.3843.512</span></dd>
</dl>
<h3>Gửi thư cho chúng tôi</h3>
<form id="contact-form" action="/lien-he" method="post" class="com-contact__form form-validate form-horizontal well">
<fieldset>
<legend>Gửi một email. Tất cả các trường có dấu * là bắt buộc.</legend>
<div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name">Họ tên *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" required></div>
<div class="control-group"><label id="jform_contact_email-lbl" for="jform_contact_email">Email *</label><input type="email" name="jform[contact_email]" id="jform_contact_email" value="" class="form-control validate-email required" required></div>
<div class="control-group"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg">Tiêu đề *</label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" required></div>
<div class="control-group"><label id="jform_contact_message-lbl" for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div>
</fieldset>
<div class="control-group"><button class="btn btn-primary validate" type="submit">Gửi Email</button></div>
<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="id" value="1:pgd-duc-trong">
</form>
</div>"""
    return html(page(request, "Liên hệ", "com_contact wrapper-static view-contact no-layout no-task", 110, [("Trang chủ", "/"), ("Liên hệ", None)], main))


def tag_view(request: Request, alias: str) -> Response:
    label = TAGS[alias][1]
    items = [s for s in sorted(STORIES, key=lambda s: s.opts["pub"], reverse=True) if alias in s.opts.get("tags", [])]
    lis = "".join(
        f'<li class="list-group-item list-group-item-action"><h3><a href="{article_path(s)}">{esc(s.title)}</a></h3>'
        f'<span class="tag-body">{intro_html(s)}</span></li>\n'
        for s in items
    )
    main = f"""<div class="com-tags-tag tag-category">
<h1>{esc(label)}</h1>
<ul class="com-tags-tag__category category list-group">
{lis}</ul>
</div>"""
    return html(page(request, label, "com_tags wrapper-static view-tag no-layout no-task", 101, [("Trang chủ", "/"), (label, None)], main))


def search_view(request: Request) -> Response:
    q = request.params.get("q", "")
    main = f"""<div class="com-finder finder">
<h1>Tìm kiếm</h1>
<form action="/component/finder/search?Itemid=101" method="get" class="js-finder-searchform">
<input type="text" name="q" id="q" class="js-finder-search-query form-control" value="{esc(q)}">
<button type="submit" class="btn btn-primary">Tìm kiếm</button>
</form>
<div id="search-results" class="com-finder__results">
<div id="search-result-empty" class="com-finder__empty"><h2>Không tìm thấy kết quả nào</h2><p>Không có kết quả tìm kiếm phù hợp với <strong>{esc(q)}</strong>.</p></div>
</div>
</div>"""
    return html(page(request, "Tìm kiếm", "com_finder wrapper-static view-search no-layout no-task", 101, [("Trang chủ", "/"), ("Tìm kiếm", None)], main))


# --- routing --------------------------------------------------------------------------------


def _story_by_id_alias(tail: str) -> Story | None:
    ident, _, alias = tail.partition("-")
    if not ident.isdigit():
        return None
    s = BY_ID.get(int(ident))
    return s if s is not None and s.slug == alias else None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/images/", "/media/")) or path == "/favicon.ico":
            if path in PDF_FILES:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/index.php":
            return self._non_sef(request)
        if path.startswith("/index.php/"):
            path = path[len("/index.php"):]
        path = path.rstrip("/") or "/"
        if path == "/":
            if request.params.get("format") == "feed":
                return None
            return home_view(request)
        if path == "/gioi-thieu":
            return plain_article(request, "Giới thiệu Phòng Giáo dục và Đào tạo huyện Đức Trọng", INTRO_TEXT, 102, [("Trang chủ", "/"), ("Giới thiệu", None)])
        if path == "/gioi-thieu/co-cau-to-chuc":
            rows = "".join(f"<tr><td>{esc(n)}</td><td>{esc(c)}</td><td>{esc(v)}</td></tr>\n" for n, c, v in STAFF)
            inner = (
                '<table class="table table-bordered" border="1" style="width: 100%;">\n<tbody>\n'
                "<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Nhiệm vụ được phân công</strong></td></tr>\n"
                f"{rows}</tbody>\n</table>"
            )
            return plain_article(request, "Cơ cấu tổ chức", inner, 103, [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Cơ cấu tổ chức", None)])
        if path == "/lien-he":
            return contact_view(request)
        if path == "/van-ban":
            return van_ban_list(request)
        if path == "/thu-vien-anh":
            return album_list(request)
        if path == f"/thu-vien-anh/{ALBUM['id']}-{ALBUM['slug']}":
            return album_view(request)
        if path == "/component/finder/search":
            return search_view(request)
        parts = path.strip("/").split("/")
        if len(parts) == 2 and parts[0] == "van-ban":
            for d in DOCS:
                if parts[1] == f"{d['id']}-{d['slug']}":
                    return doc_view(request, d)
            return None
        if len(parts) == 4 and parts[:3] == ["component", "tags", "tag"] and parts[3] in TAGS:
            return tag_view(request, parts[3])
        if len(parts) == 4 and parts[:3] == ["component", "content", "article"]:
            s = _story_by_id_alias(parts[3])
            return article_view(request, s) if s else None
        if parts[0] != "tin-tuc" or len(parts) not in (2, 3) or parts[1] not in CATS:
            return None
        cat = CATS[parts[1]]
        if len(parts) == 2:
            if request.params.get("format") == "feed":
                return feed(request, cat) if cat.layout == "blog" else None
            return category_view(request, cat)
        s = _story_by_id_alias(parts[2])
        if s is None or s.cat != cat.key:
            return None
        return article_view(request, s)

    def _non_sef(self, request: Request) -> Response | None:
        params = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        if not params:
            return home_view(request)
        if params.get("option") == "com_content" and params.get("view") == "article":
            ident = params.get("id", "").split(":", 1)[0]
            s = BY_ID.get(int(ident)) if ident.isdigit() else None
            return article_view(request, s) if s else None
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------

_ALT = {
    H6.id: [
        f"{article_path(H6)}?showall=&start=0",
        f"{article_path(H6)}?showall=&start=1",
        f"{article_path(H6)}?showall=1",
        f"/index.php?option=com_content&view=article&id=298:{H6.slug}&catid=9&Itemid=105",
    ],
    H7.id: [f"/component/content/article/291-{H7.slug}?catid=9&Itemid=101"],
    G2.id: [f"/index.php/tin-tuc/guong-sang/283-{G2.slug}"],
}

GOLD = [
    gold_record(s, article_path(s), CATS[s.cat].title, alt_paths=_ALT.get(s.id, ()))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    f"/van-ban/{DOCS[0]['id']}-{DOCS[0]['slug']}",
    f"/van-ban/{DOCS[1]['id']}-{DOCS[1]['slug']}",
    f"/thu-vien-anh/{ALBUM['id']}-{ALBUM['slug']}",
]
